"""faces: what people use: the CLI (cli, cli_view), the REPL (repl), rendering (render), LangChain adapters."""
