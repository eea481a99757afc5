"""Build the PDF report of the heldout8 evaluation set (eval/datasets/heldout8/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
The broker, the producers and every figure are fictional.

    .venv/bin/python eval/datasets/heldout8/build_pdf.py      # writes docs/lithium_battery_materials_2025.pdf
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("mia_corpus_build_pdfs", HERE.parents[2] / "corpus" / "build_pdfs.py")
build = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build  # dataclasses look their module up while the class is created
_spec.loader.exec_module(build)

Report, Table, h, p = build.Report, build.Table, build.h, build.p

LITHIUM = Report(
    stem="lithium_battery_materials_2025",
    title="Lithium and Battery Materials: Cutting the Price Deck Again (Harrow & Vane Securities, Sector Note)",
    running_title="Harrow & Vane Securities | Battery materials sector note | April 2025",
    date="14 April 2025",
    iso_date="2025-04-14",
    keywords=("lithium", "spodumene", "lithium carbonate", "hydroxide", "Pilbrook Minerals", "Salar Andino",
              "Kestrel Lithium"),
    pages=(
        (
            h("1. Summary: lower for longer, again"),
            p("""We lower our lithium price deck for the second time in six months. Our 2025 forecast for spot
            lithium carbonate (battery grade, CIF China, Japan and Korea) falls to US$10,500/t from US$13,000/t,
            and our 2026 forecast to US$12,000/t from US$15,500/t; our long-term price (2029, in real terms) is
            unchanged at US$18,000/t. For spodumene concentrate (SC6, 6% Li2O) we now assume US$850/t in 2025,
            previously US$1,100/t."""),
            p("""The cut reflects a surplus that has lasted longer than we expected. We estimate mined supply at
            1.32 Mt of lithium carbonate equivalent (LCE) in 2024 against demand of 1.18 Mt, a surplus of about
            140 kt, or 12% of demand."""),
            p("""Demand is not the problem. Lithium demand rose by 24% in 2024, from 0.95 Mt LCE in 2023, with
            batteries for electric vehicles (EVs) taking 71% of the total and stationary storage 17%. Storage
            grew faster: demand from stationary storage rose by 52%, against 19% for EV batteries. The problem is
            that supply kept coming. China and Zimbabwe between them added about 140 kt LCE of mined output in
            2024, and few of the higher-cost Australian mines cut production before the second half of the
            year."""),
            h("2. Ratings"),
            p("""We move Pilbrook Minerals to Hold from Buy, with a price target of A$2.10 (from A$3.40), and keep
            Salar Andino at Buy with a target of US$41 (from US$48). Kestrel Lithium stays at Sell, target A$0.55
            (from A$0.80). Our estimates for each company are in section 6. The fiscal years of Pilbrook and
            Kestrel end on 30 June, so their FY25 runs from July 2024 to June 2025; Salar Andino reports on a
            calendar-year basis."""),
            p("""All prices in this note are in US dollars per tonne unless stated otherwise; company financials
            are in each company's reporting currency."""),
        ),
        (
            h("3. Prices: spot against contract"),
            p("""Spot lithium carbonate averaged US$10,100/t in the first quarter of 2025, down 22% from
            US$12,900/t a year earlier and 80% below the peak quarterly average of US$50,200/t in the fourth
            quarter of 2022. Contract prices, which most Japanese and Korean cathode makers still pay, follow spot
            with a lag of one to three months and carry a premium for qualified product. That premium narrowed
            from US$1,400/t in the first quarter of 2024 to US$300/t in the first quarter of 2025 as buyers moved
            more of their tonnes onto index-linked terms."""),
            Table(
                caption="Table 1. Lithium prices by quarter, quarterly averages",
                unit="(US$ per tonne)",
                header=("Product", "1Q24", "2Q24", "3Q24", "4Q24", "1Q25"),
                rows=(
                    ("Carbonate, spot", "12,900", "12,100", "10,600", "9,800", "10,100"),
                    ("Carbonate, contract", "14,300", "13,400", "11,700", "10,300", "10,400"),
                    ("Hydroxide, spot", "11,800", "10,900", "9,700", "9,300", "9,200"),
                    ("Spodumene SC6, spot", "1,050", "1,120", "820", "790", "860"),
                ),
                note="""Spot: battery grade, CIF China, Japan and Korea, average of daily assessments. Contract:
                our survey of realised prices for battery-grade carbonate delivered in the quarter under term
                contracts. Spodumene: 6% Li2O concentrate, CIF China. Calendar quarters."""),
            p("""Hydroxide has traded below carbonate since the third quarter of 2023, which is unusual, because
            hydroxide costs more to make. The discount reflects surplus hydroxide capacity in China that was built
            for high-nickel cathodes. Their share of the market has fallen as LFP (lithium iron phosphate)
            chemistry, which uses carbonate, took 46% of global EV battery installations in 2024, up from 38% in
            2023."""),
            p("""Spodumene prices bounced in the second quarter of 2024 when several Australian mines announced
            curtailments, then fell back once Chinese converters drew down their concentrate stocks. At US$860/t
            in the first quarter of 2025, SC6 is below the cash cost of roughly half of Australian output on our
            estimates."""),
        ),
        (
            h("4. Supply by country"),
            Table(
                caption="Table 2. Mined lithium supply by country",
                unit="(kt LCE)",
                header=("Country", "2023", "2024", "2025E"),
                rows=(
                    ("Australia", "440", "460", "420"),
                    ("Chile", "250", "275", "300"),
                    ("China", "175", "260", "290"),
                    ("Argentina", "70", "105", "160"),
                    ("Zimbabwe", "60", "115", "135"),
                    ("Brazil", "30", "45", "55"),
                    ("Other", "45", "60", "70"),
                    ("Total", "1,070", "1,320", "1,430"),
                ),
                note="""LCE: lithium carbonate equivalent. Chile and Argentina: brine. Australia, Zimbabwe and
                Brazil: hard rock (spodumene). China: brine, spodumene and lepidolite. 2023 restated for revised
                Chinese output data; the total previously published was 1,040 kt. 2025E: Harrow & Vane
                estimates."""),
            p("""Australia remains the largest producer, but its share of mined supply fell to 35% in 2024 from
            41% in 2023, and we expect its output to fall by about 9% in 2025 as the curtailments announced in
            the second half of 2024 take full effect. Argentina is the fastest-growing source over our forecast period: its output rose by
            half in 2024 as three new brine operations ramped up, and we expect a further 52% in 2025. Zimbabwe
            almost doubled its output in 2024, helped by Chinese-owned mines and a concentrate export regime that
            the government has said it will replace with a ban on concentrate exports from 2027."""),
            h("5. Cost curves"),
            p("""On our 2025 cost curve (all-in sustaining cost, AISC, per tonne of LCE, including royalties and
            sustaining capital), the 90th percentile sits at US$11,800/t, above the spot price we now forecast
            for the year, and the median at US$8,400/t. Brine producers in Chile and Argentina occupy the first
            quartile at US$5,000-7,000/t. Australian spodumene miners sit mostly in the third and fourth quartiles
            once the cost of converting concentrate into chemicals is included, at US$9,500-14,000/t. We estimate
            that about 22% of 2025 supply is loss-making at our US$10,500/t forecast, and about 27% at the first
            quarter's average of US$10,100/t."""),
            p("""Cost curves tend to flatten in a downturn: miners cut stripping, defer sustaining capital and win
            lower contractor rates, so the marginal cost is a moving target. We assume a further 5% fall in
            Australian unit costs in 2025."""),
        ),
        (
            h("6. Company estimates"),
            p("""Pilbrook Minerals (ASX-listed; fiscal years end 30 June) runs the Karrawong spodumene mine in
            Western Australia. It sold 612 kt of SC6 concentrate in FY24 at an average realised price of
            US$1,480/t and has guided to sales of 650-700 kt in FY25 at a unit operating cost (FOB, before
            royalties) of A$640-700/t. Revenue fell to A$1.12 billion in FY24 from A$3.05 billion in FY23, and
            underlying EBITDA to A$360 million, a margin of 32% (FY23: 71%). The Company placed its Stage 3
            expansion on care and maintenance in January 2025 and cut 240 jobs. We forecast FY25 revenue of
            A$0.78 billion and an underlying net loss of A$45 million."""),
            p("""Salar Andino SA (listed in New York and Santiago; calendar-year reporting) produces carbonate and
            hydroxide from brine in the Atacama. Its lithium segment's revenue was US$2.15 billion in 2024, down
            51% from US$4.39 billion in 2023, out of group revenue of US$4.48 billion; the rest comes from potash,
            iodine and specialty plant nutrients. Lithium sales volumes rose 11% to 196 kt LCE, at an average
            realised price of US$10,970/t. Cash cost of sales in lithium was about US$6,200/t, which keeps the
            segment profitable at any price on our deck. Its lease with the Chilean development agency runs to
            2030, after which a joint venture with the state copper company takes over the operation."""),
            p("""Kestrel Lithium (ASX-listed; fiscal years end 30 June; reports in US dollars) owns 50% of the
            Ngulu spodumene mine in Zimbabwe and a hydroxide refinery at Kwinana, Western Australia, which it
            commissioned in FY24. The refinery produced 8.4 kt of hydroxide in FY24 against a nameplate capacity
            of 24 kt a year, a utilisation of 35%. Kestrel's revenue was US$305 million in FY24; its net debt was
            US$610 million at 31 December 2024. At our prices the refinery does not cover its cash costs until
            FY27, which is why we stay at Sell."""),
            Table(
                caption="Table 3. Ratings and price targets",
                unit="(targets in the currency of the primary listing)",
                header=("Company", "Year end", "Rating", "Target", "Previous"),
                rows=(
                    ("Pilbrook Minerals", "30 June", "Hold", "A$2.10", "A$3.40"),
                    ("Salar Andino", "31 Dec", "Buy", "US$41", "US$48"),
                    ("Kestrel Lithium", "30 June", "Sell", "A$0.55", "A$0.80"),
                ),
                note="""Pilbrook Minerals was rated Buy before this note. Targets are twelve-month targets derived
                from the net present value of each company's assets at our price deck."""),
        ),
        (
            h("7. Revised forecasts"),
            Table(
                caption="Table 4. Price forecasts, new and previous",
                unit="(US$ per tonne, calendar-year averages)",
                header=("Product", "2025E new", "2025E old", "2026E new", "2026E old"),
                rows=(
                    ("Carbonate, spot", "10,500", "13,000", "12,000", "15,500"),
                    ("Hydroxide, spot", "10,000", "12,500", "11,500", "15,000"),
                    ("Spodumene SC6", "850", "1,100", "1,000", "1,350"),
                ),
                note="""Previous forecasts from our sector note of October 2024."""),
            p("""We expect lithium demand of 1.40 Mt LCE in 2025, up 19%, against supply of 1.43 Mt, which
            shrinks the surplus to about 30 kt. In 2026 we expect the market to move into a small deficit of
            about 40 kt, with demand of 1.66 Mt against supply of 1.62 Mt, which is why our 2026 price is higher
            than our 2025 price even after the cut."""),
            h("8. Upside and downside cases"),
            p("""Our upside case (20% probability) assumes that Chinese lepidolite output falls by a third after
            the environmental licence reviews in Yichun, and that storage demand in the US and Europe grows by
            60% rather than the 40% in our base case. The market then moves into deficit in the second half of
            2025, and spot carbonate averages US$14,000/t in 2025 and US$19,000/t in 2026. Pilbrook would be
            worth A$3.30 a share on those prices."""),
            p("""Our downside case (25% probability) assumes that Chinese EV sales growth slows to 10% and that
            African supply keeps rising at its 2024 rate. The surplus then widens to 190 kt in 2025, spot
            carbonate averages US$8,000/t in 2025 and US$8,500/t in 2026, and we would expect the closure of a
            further 120 kt LCE of capacity, mostly Australian spodumene and Chinese lepidolite. Pilbrook would be
            worth A$1.20 a share."""),
            h("9. Risks to our view"),
            p("""Besides the two cases above, we watch sodium-ion batteries, which could take part of the
            stationary storage market from LFP; export restrictions on concentrate (Zimbabwe's announced ban
            from 2027 in particular); US tariffs and the sourcing rules of the Inflation Reduction Act, which
            favour supply from free-trade partners such as Australia and Chile; and the pace of new direct
            lithium extraction (DLE) projects in Argentina."""),
        ),
    ),
)

REPORTS = (LITHIUM,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
