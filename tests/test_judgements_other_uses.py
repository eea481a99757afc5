"""A free-cash-flow coverage question that names a use of cash besides dividends and buybacks gets no verdict."""

from assistant.query.judgements import other_uses_named, payouts_asked


def test_an_acquisition_named_beside_the_payouts_is_found():
    q = ("Was Fabrikam Devices' fiscal 2025 free cash flow enough to pay for the Brook Labs acquisition, its "
         "dividends and its share repurchases without new borrowing?")
    assert payouts_asked(q) == ("dividends_paid", "share_repurchases")
    assert other_uses_named(q)
    assert other_uses_named("Did Contoso's free cash flow cover its dividends and its debt repayments in 2024?")


def test_dividends_and_buybacks_alone_name_no_other_use():
    assert not other_uses_named("Was Contoso's free cash flow enough to cover dividends and buybacks in 2024?")
    assert not other_uses_named("Did Northwind's shareholder returns exceed its free cash flow in fiscal 2025?")
