"""A trading symbol printed at a sentence's end is still the company's symbol (session 22, filings).

Fictional covers written for this test: a 10-Q cover read as running text ("Trading symbol: WDCK. Name of each
exchange ..."), and one with a class-suffixed symbol.
"""

from __future__ import annotations

from assistant.query.entities import trading_symbols


def test_a_symbol_before_a_full_stop_is_read():
    cover = ("Commission file number 001-40917. WOODCRAKE INSTRUMENTS, INC. (a Colorado corporation), 18 Quarry "
             "Lane, Golden, Colorado. Title of each class: Common stock, par value $0.001 per share. Trading symbol: "
             "WDCK. Exchange: Nasdaq Global Select Market.")
    assert "WDCK" in trading_symbols(cover)
    other = "Title of each class: Class A common stock. Trading Symbols: FENW. Exchange: New York Stock Exchange."
    assert "FENW" in trading_symbols(other)
    # a symbol run into other letters after the stop is no symbol of the company's
    assert "WDCK" not in trading_symbols("Trading symbol: WDCK.PRA2 (depositary shares)")
