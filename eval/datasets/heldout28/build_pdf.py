"""Build the PDF report of the twenty-eighth held-out evaluation set (eval/datasets/heldout28/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout28/build_pdf.py      # writes docs/containerboard_europe_2025.pdf
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

BOXES = Report(
    stem="containerboard_europe_2025",
    title="More Boxes, Cheaper Boxes: Containerboard and Corrugated Packaging in Europe, 2023-2025",
    running_title="Containerboard and corrugated packaging - paper and packaging sector note",
    date="11 June 2025",
    iso_date="2025-06-11",
    keywords=("containerboard", "corrugated packaging", "corrugated boxes", "testliner", "kraftliner",
              "recovered paper", "Smurfit Westrock", "Mondi", "DS Smith", "Stora Enso", "International Paper"),
    pages=(
        (
            h("1. Summary"),
            p("""European corrugated box makers shipped 49.0 billion square metres of boxes in calendar 2024,
            2.9% more than the 47.6 billion square metres of 2023 and the first rise after two years of
            decline.¹ The value of those boxes moved the other way: box makers' sales fell 1.9%, from EUR 42.1
            billion to EUR 41.3 billion, so the average thousand square metres of board sold for about EUR 843,
            against EUR 884 a year earlier."""),
            p("""Why did the boxes get cheaper while the paper they are made of got dearer? Box prices follow
            containerboard prices with a lag of one to two quarters, because most supply contracts with large
            customers are indexed to the published paper price of the previous quarter. The box prices of 2024
            were therefore set on the low paper prices of late 2023, and the rise in paper prices during 2024
            only began to reach box prices in the fourth quarter. Competition also held prices back: new
            recycled paper machines in Germany, Spain and Poland added capacity in a year when box makers still
            had idle lines after the destocking of 2023."""),
            p("""Volume recovered for three reasons. Retailers and food and drink makers stopped running down
            their stocks of packaged goods, which had cut box demand through most of 2023. Parcels from online
            retailers grew again, above all in Poland and Spain. And brand owners replaced plastic trays,
            shrink film and expanded polystyrene with board, ahead of the European Union's Packaging and
            Packaging Waste Regulation, which sets reuse and recycled-content targets from 2030."""),
            p("""Our view in one line: volume will grow again in 2025 and box prices will finally catch up with
            paper prices, so we raise our volume forecast and prefer the integrated producers that own both
            paper mills and box plants."""),
            p("""¹ Volumes are square metres of corrugated board sold as boxes and sheets by members of the
            national associations, which we gross up to the whole market. Values are box makers' sales before
            delivery charges. Calendar years; company figures are for each company's own fiscal year. Europe
            here is the EU-27, the United Kingdom, Norway and Switzerland."""),
        ),
        (
            h("2. Box shipments by country"),
            p("""Poland was again the fastest-growing market, as German, Scandinavian and Asian manufacturers
            moved assembly plants there and as its online retailers shipped across the region. Germany, the
            largest market, grew faster than the region on food and beverage packaging. The United Kingdom was
            flat: its food retailers cut packaging weight per box, and its box makers lost exports to
            Ireland."""),
            Table(
                caption="Table 1. Corrugated box shipments by country, 2023 and 2024",
                unit="(billion square metres)",
                header=("Country or group", "2023", "2024", "Change (%)"),
                rows=(
                    ("Germany", "9.6", "10.0", "+4.2"),
                    ("France", "6.1", "6.2", "+1.6"),
                    ("Italy", "6.9", "7.1", "+2.9"),
                    ("Spain", "4.9", "5.1", "+4.1"),
                    ("United Kingdom", "5.0", "5.0", "0.0"),
                    ("Poland", "4.3", "4.6", "+7.0"),
                    ("Benelux", "3.1", "3.2", "+3.2"),
                    ("Nordic countries", "2.0", "2.0", "0.0"),
                    ("Rest of Europe", "5.7", "5.8", "+1.8"),
                    ("Total", "47.6", "49.0", "+2.9"),
                ),
                note="""The 2023 figure for Germany has been revised down from 9.8 billion square metres after
                the German association VDW published its final statistics, which also lowered the 2023 total
                from 47.8 billion square metres. Benelux is Belgium, the Netherlands and Luxembourg. Nordic
                countries are Sweden, Norway, Denmark and Finland. Rest of Europe includes Austria, Czechia,
                Portugal, Switzerland and the Baltic states. Turkey and Ukraine are not covered by this note.""",
            ),
            h("3. Containerboard supply and prices"),
            p("""European mills made 32.6 million tonnes of containerboard in 2024, 3.2% more than the 31.6
            million tonnes of 2023. Recycled grades (testliner and fluting made from old boxes) were 26.9
            million tonnes of the total; the rest was kraftliner made from virgin fibre, mostly in Sweden,
            Finland and Austria."""),
            p("""Prices of recycled containerboard rose through 2024 for two reasons. The cost of recovered
            paper, the raw material of recycled grades, rose by more than half between the fourth quarter of
            2023 and the second quarter of 2024, as households and shops collected fewer used boxes and Asian
            mills bought more European waste paper. And producers closed
            old machines: about 1.4 million tonnes of capacity was shut in 2023 and 2024, more than the new
            machines added in the same period."""),
        ),
        (
            Table(
                caption="Table 2. Containerboard and recovered paper prices in Germany, by quarter",
                unit="(EUR per tonne, delivered, quarterly average)",
                header=("Grade", "Q4 2023", "Q2 2024", "Q4 2024", "Q1 2025"),
                rows=(
                    ("Recycled testliner 3", "455", "530", "560", "585"),
                    ("Recycled fluting", "425", "500", "535", "560"),
                    ("Unbleached kraftliner", "790", "840", "870", "880"),
                    ("Recovered paper (1.04)", "110", "175", "160", "170"),
                ),
                note="""Recovered paper grade 1.04 is used corrugated boxes. Kraftliner is made from virgin
                fibre and sells at a premium for its strength in wet and heavy uses. Prices in other European
                countries move with the German ones, usually within EUR 20 a tonne.""",
            ),
            p("""The margin of a recycled mill is roughly the spread between the testliner price and the cost of
            recovered paper. It widened in 2024, but energy still costs European recycled mills about twice
            what it did in 2020, and the producers announced a further increase of EUR 60 a tonne for the
            second quarter of 2025, of which we expect only half to stick."""),
            h("4. Producers"),
            p("""Smurfit Westrock is Europe's largest containerboard producer, with about 21% of the region's
            capacity, ahead of International Paper at about 13% now that it owns DS Smith, Saica at 8% and
            Mondi at 7%. Other large producers are privately held and publish no results, among them
            Hamburger Containerboard (part of Prinzhorn Holding), Palm and VPK Group; Hamburger is the third
            largest maker of recycled containerboard in Europe. Table 3 shows the four listed producers that
            report their full-year results."""),
            Table(
                caption="Table 3. Listed containerboard producers: revenue and adjusted EBITDA",
                unit="(millions, in each company's reporting currency, for its own fiscal year)",
                header=("Company (ticker)", "Year end", "Currency", "2023", "2024", "EBITDA 2024"),
                rows=(
                    ("Smurfit Westrock (SW)", "Dec", "USD", "12,090", "21,110", "2,830"),
                    ("Mondi (MNDI)", "Dec", "EUR", "7,330", "7,420", "1,130"),
                    ("DS Smith (SMDS)", "Apr", "GBP", "8,221", "6,822", "1,046"),
                    ("Stora Enso (STERV)", "Dec", "EUR", "9,396", "9,078", "1,212"),
                ),
                note="""EBITDA 2024 is adjusted EBITDA for the 2024 fiscal year. DS Smith's 2023 and 2024 are
                its fiscal years ended 30 April 2023 and 30 April 2024; it was bought by International Paper on
                31 January 2025 and its shares were delisted in London. Smurfit Westrock's 2023 figure is
                Smurfit Kappa's alone, converted to US dollars; WestRock is consolidated from 5 July 2024. All
                four are group figures, including businesses other than containerboard.""",
            ),
            p("""Smurfit Westrock's revenue rose 75% in 2024, but the rise came from the merger of Smurfit Kappa
            with WestRock, completed on 5 July 2024, not from higher sales: on a like-for-like basis we estimate
            its European revenue fell about 2%. Mondi's Corrugated Packaging segment had revenue of EUR 2,640
            million in 2024, 36% of the group; Stora Enso does not split its Packaging Solutions division's
            containerboard sales from its boxes."""),
            h("5. Risks to our view"),
            p("""We see four risks to our view:"""),
            p("""- energy: a new rise in European gas prices would raise recycled mills' costs faster than they
            could pass them on;"""),
            p("""- new capacity: at least three large recycled machines are due to start in 2025 and 2026, which
            could push testliner prices down again;"""),
        ),
        (
            p("""- customers' stocks: if consumer spending weakens, retailers and food makers could run their
            stocks of packaged goods down as they did in 2023;"""),
            p("""- regulation: the final rules of the Packaging and Packaging Waste Regulation could favour
            reusable plastic crates over single-use boxes for some transport uses."""),
            h("6. Outlook"),
            p("""We now expect box shipments to grow 1.8% in 2025, to 49.9 billion square metres, raised from
            49.6 billion square metres in our note of 18 February 2025, because the first-quarter shipments of
            the German, French and Italian associations were stronger than we expected. As box prices catch up
            with paper prices, we expect the value of box sales to rise 3.9% in 2025, to EUR 42.9 billion. For
            2028 we expect sales of EUR 46.2 billion, a compound annual growth rate of 2.8% from 2024, with
            Poland and Spain still growing fastest."""),
            h("7. Method"),
            p("""Volumes are the national associations' statistics, grossed up for non-members by our estimates;
            values and prices are our estimates from producers' reports, price-reporting agencies and our
            survey of 85 box buyers in eight countries. Company figures are as reported in each company's
            currency and for its own fiscal year. This note does not cover North America or Asia."""),
        ),
    ),
)

REPORTS = (BOXES,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
