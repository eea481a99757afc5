"""faces: what people use. ``cli`` (the typer app ``app``; console script ``mia``), ``cli_view`` (terminal
output), ``repl`` (prompt_toolkit + rich chat), ``render`` (Answer -> Markdown, HTML, plain, rich, pandas).
In: an ``api.Assistant``. May import anything below it; nothing imports ``faces``.
"""
