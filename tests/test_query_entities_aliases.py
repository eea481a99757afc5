"""Company aliases from a document's own cover: names without legal suffixes, initialisms, trading symbols."""

from __future__ import annotations

import pytest

from assistant.query.entities import aliases, initialisms, mentions_short, trading_symbols
from assistant.text.names import base_name

COVER_10K = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM 10-K
ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
For the fiscal year ended January 28, 2023
Commission File Number 001-09876
NORTHWIND TRADERS, INC.
(Exact name of registrant as specified in its charter)
Securities registered pursuant to Section 12(b) of the Act:
Title of each class Trading Symbol(s) Name of each exchange on which registered
Common Stock, $0.10 par value NWT New York Stock Exchange
4.250% Notes due 2029 NWT29 New York Stock Exchange
"""

PRESS = "SEATTLE, Feb. 2, 2023 -- Contoso Holdings Corporation (Nasdaq: CTSO) today reported fourth-quarter results."


@pytest.mark.parametrize("name, base", [
    ("The Procter & Gamble Company", "Procter & Gamble"),
    ("JPMorgan Chase & Co.", "JPMorgan Chase"),
    ("Contoso Holdings Corporation", "Contoso"),
    ("Fabrikam Industries plc", "Fabrikam Industries"),
    ("Wide World Importers N.V.", "Wide World Importers"),
    ("NORTHWIND TRADERS, INC.", "NORTHWIND TRADERS"),
    ("Tailspin Toys Group, Inc.", "Tailspin Toys"),
])
def test_base_name_drops_legal_suffixes(name, base):
    assert base_name(name) == base


def test_initialisms():
    assert {"P&G", "PG"} <= initialisms("The Procter & Gamble Company")
    assert "AWW" in initialisms("American Water Works Company, Inc.")
    assert {"BofA", "BoA"} <= initialisms("Bank of America Corporation")
    assert initialisms("Coca-Cola") == set()  # one word
    assert initialisms("Rose Oil & Energy") & {"ROE"} == set()  # a financial term, never a company


def test_trading_symbols_from_cover_table_and_press_release():
    assert trading_symbols(COVER_10K) == {"NWT"}  # the notes' symbol carries digits
    assert trading_symbols(PRESS) == {"CTSO"}
    assert trading_symbols("Revenue grew 5% on the New York Stock Exchange listing.") == set()


def test_trading_symbols_of_a_cover_table_read_before_its_header_row():
    # a cover read column by column: the 12(b) table's rows come before its "(Trading Symbol)" header row
    cover = ("FORM 10-K\nHALDEN OUTFITTERS, INC.\n(Exact name of Registrant as specified in its charter)\n"
             "SECURITIES REGISTERED PURSUANT TO SECTION 12(B) OF THE ACT:\n"
             "Class A Common Stock HLDO The Nasdaq Stock Market\n"
             "(Title of each class) (Trading Symbol) (Name of each exchange on which registered)\n"
             "Indicate by check mark if the registrant is a well-known seasoned issuer.")
    assert trading_symbols(cover) == {"HLDO"}
    other = ("Securities registered pursuant to Section 12(b) of the Act:\n"
             "Common Shares, no par value  KRVT  New York Stock Exchange\n"
             "Title of each class  Trading symbol(s)  Name of each exchange on which registered\n"
             "2.875% Notes due 2031  KRVT31  New York Stock Exchange")
    assert trading_symbols(other) == {"KRVT"}  # the notes' symbol carries digits
    # no symbol column: a title's words before the exchange are no symbol
    assert trading_symbols("Securities registered pursuant to Section 12(b) of the Act:\nCommon Stock, Par "
                           "Value New York Stock Exchange\nTitle of each class Name of each exchange") == set()


def test_trading_symbols_from_a_traded_under_the_symbol_sentence():
    cover = ("FABRIKAM DEVICES, INC. (Exact name of registrant as specified in its charter). Common stock, par value "
             "$0.01 per share, traded on the New\nYork Stock Exchange under the symbol FBKD. As of May 1, 2026, "
             "40,112,000 shares were outstanding.")
    assert trading_symbols(cover) == {"FBKD"}
    item5 = "Our common stock trades on The Nasdaq Global Select Market under the ticker symbol “WWI”."
    assert trading_symbols(item5) == {"WWI"}
    assert trading_symbols("Class B shares are listed on the NYSE under the symbol BRK.B and pay no dividend.") == {"BRK.B"}
    # a symbol in lower case, a longer word, or no trading sentence: nothing taken
    assert trading_symbols("The units trade under the symbol of quality.") == set()
    assert trading_symbols("Our stock is traded under the symbol FABRIKAM on the exchange.") == set()
    assert trading_symbols("We report under the symbol XYZ in our segment tables.") == set()
    assert trading_symbols("Common stock, no par value. Trading Symbol: NWTE; New York Stock Exchange.") == {"NWTE"}


def test_aliases_split_long_names_and_short_forms():
    long, short = aliases(["Northwind Traders, Inc."], COVER_10K)
    assert {"Northwind Traders, Inc.", "Northwind Traders"} <= long
    assert {"NT", "NWT"} <= short


def test_short_forms_match_whole_tokens_in_their_capitals():
    assert mentions_short("What was P&G's FY2022 gross margin?", "P&G")
    assert mentions_short("Did NWT grow revenue in FY22?", "NWT")
    assert not mentions_short("Did nwt grow?", "NWT")
    assert not mentions_short("What is the NWTX ratio?", "NWT")
