"""retrieve: question -> ranked ``Hit``s from an ``Index``.

``retriever.Retriever.search`` applies ``filters`` before ranking, narrows to the question's company and
period (``hints.steer``), fuses dense and BM25 scores (``fusion``), boosts the statement pages that hold the
metrics asked about (``hints.metric_pages``); ``Retriever.evidence`` scores how well hits cover the question.
May import: ``types``, ``config``, ``text``, ``finance``, ``index``, ``query``.
"""
