"""Build the PDF report of the twenty-first held-out evaluation set (eval/datasets/heldout21/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout21/build_pdf.py      # writes docs/europe_rpet_recycling_2025.pdf
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

RPET = Report(
    stem="europe_rpet_recycling_2025",
    title="Bottle to Bottle: Europe's Food-Grade Recycled PET Market, 2022-2024",
    running_title="Recycled PET - polymer markets note",
    date="12 March 2025",
    iso_date="2025-03-12",
    keywords=("recycled PET", "rPET", "PET bottles", "deposit return", "Single-Use Plastics Directive",
              "Indorama Ventures", "Alpla", "Veolia", "Plastipak", "Morssinkhof Rymoplast", "Biffa"),
    pages=(
        (
            h("1. Summary"),
            p("""European recyclers produced 1,420 thousand tonnes (kt) of food-grade recycled PET (rPET) in
            2024, 19.3% more than the 1,190 kt of 2023 and 40.6% more than the 1,010 kt of 2022.¹ Germany
            remained the largest producer, but Central and Eastern Europe grew fastest, as new plants in Poland,
            Romania and Hungary came on stream. Bottle makers used more recycled material than ever: the average
            PET drinks bottle sold in the European Union contained 24% recycled PET in 2024, against 21% in
            2023 and 17% in 2022."""),
            p("""Volumes rose but prices fell. Food-grade rPET pellets averaged EUR 1,480 a tonne in 2024, down
            from EUR 1,720 in 2023, as cheap virgin PET from Asia pulled the whole market down. At these prices
            the market for food-grade rPET was worth about EUR 2.10 billion, only 2.7% more than the EUR 2.05
            billion of 2023 despite the much larger volume. Recyclers' margins were squeezed: we estimate that
            the average plant earned an EBITDA margin of 7% in 2024, against 15% in 2023."""),
            p("""Output grew for four reasons, of which we think the first two will matter most in 2025:"""),
            p("""- the EU's Single-Use Plastics Directive requires every PET drinks bottle to contain at least 25%
            recycled plastic from 2025 (30% from 2030), and brand owners bought ahead of the deadline;"""),
            p("""- new deposit return schemes raised the collection of clean bottles: Hungary's began on
            1 January 2024 and Ireland's on 1 February 2024, and Romania's, launched in November 2023, had its
            first full year;"""),
            p("""¹ Food-grade rPET is recycled PET approved for contact with food under Regulation (EU)
            2022/1616, sold as pellets or as decontaminated flake; Europe here is the EU-27 with the United
            Kingdom, Norway and Switzerland. Non-food rPET, used for fibre, strapping and sheet, was a further
            980 kt in 2024, down from 1,040 kt in 2023."""),
        ),
        (
            p("""- taxes on virgin plastic packaging, such as Spain's levy of EUR 0.45 per kilogram of
            non-recycled plastic in force since January 2023 and the UK's Plastic Packaging Tax, made recycled
            material cheaper for bottlers than its list price suggests;"""),
            p("""- capacity kept growing: recyclers opened or enlarged 11 food-grade plants during the year,
            raising installed capacity to 2,150 kt a year at the end of 2024 from 1,700 kt a year earlier."""),
            h("2. Output by country"),
            Table(
                caption="Table 1. Food-grade rPET output by country and region, 2022-2024",
                unit="(thousand tonnes)",
                header=("Country or region", "2022", "2023", "2024"),
                rows=(
                    ("Germany", "250", "275", "300"),
                    ("France", "120", "150", "185"),
                    ("Central and Eastern Europe", "105", "130", "185"),
                    ("Italy", "130", "150", "170"),
                    ("Spain", "85", "105", "140"),
                    ("United Kingdom", "110", "125", "140"),
                    ("Benelux", "95", "115", "130"),
                    ("Nordics", "55", "65", "75"),
                    ("Other Europe", "60", "75", "95"),
                    ("Total", "1,010", "1,190", "1,420"),
                ),
                note="""Central and Eastern Europe includes Poland, Czechia, Slovakia, Hungary, Romania and the
                Baltic states. Other Europe includes Austria, Switzerland, Portugal, Greece and Ireland. The 2023
                figure for Central and Eastern Europe has been revised up from 115 thousand tonnes after a Polish
                plant restated its output, which also raised the 2023 total from 1,175 thousand tonnes.""",
            ),
            p("""Germany produced 300 kt, 9.1% more than in 2023, and still collects more PET bottles for
            recycling than any other country thanks to a deposit scheme that has run since 2003. Central and
            Eastern Europe grew fastest, by 42.3% to 185 kt, and drew level with France: Poland alone accounts
            for about half of the region's output, although its own deposit scheme will not start until
            October 2025. Spain grew 33.3% to 140 kt as its plastic tax pushed bottlers towards recycled
            material. Italy and the United Kingdom grew more slowly, by 13.3% and 12.0%, and in the Nordics,
            where collection rates have long been above 90%, output is limited by the supply of bottles."""),
        ),
        (
            h("3. Prices and collection"),
            Table(
                caption="Table 2. Average prices of virgin and recycled PET in Europe, 2022-2024",
                unit="(EUR per tonne)",
                header=("Product", "2022", "2023", "2024"),
                rows=(
                    ("Virgin bottle-grade PET", "1,520", "1,180", "1,090"),
                    ("Clear rPET flake (non-food)", "1,350", "1,160", "980"),
                    ("Food-grade rPET pellets", "1,980", "1,720", "1,480"),
                    ("Premium of pellets over virgin PET", "460", "540", "390"),
                ),
                note="""Annual averages of monthly assessments, delivered North-West Europe. Virgin PET prices
                include imports from China, Korea and Vietnam, which made up about 38% of EU supply in 2024.""",
            ),
            p("""The premium that bottlers pay for food-grade pellets over virgin PET narrowed to EUR 390 a tonne
            in 2024, its lowest since 2020, because virgin PET imported from Asia was cheap and because new
            plants competed for the same bottlers' contracts. The European Commission opened an anti-dumping
            investigation into PET imports from China in September 2024, and we do not expect its outcome before
            the second half of 2025."""),
            p("""Collection is now the binding limit on output. About 3.60 million tonnes of PET bottles were
            placed on the European market in 2024, of which 2.41 million tonnes were collected for recycling,
            against 2.18 million tonnes of the 3.55 million tonnes placed on the market in 2023. Countries with a
            deposit return scheme collected more than 90% of their bottles; those without one collected about
            half. By the end of 2024, 16 European countries ran a deposit return scheme for plastic bottles, and
            Austria began its own on 1 January 2025."""),
            p("""Installed food-grade capacity of 2,150 kt a year is now well ahead of the supply of bottles, and
            plants ran at lower rates than in 2023. Several recyclers postponed expansions during the second
            half, and two plants in the Netherlands and one in the United Kingdom were closed."""),
        ),
        (
            h("4. The recyclers"),
            Table(
                caption="Table 3. Food-grade rPET output of six recyclers in Europe, 2023-2024",
                unit="(thousand tonnes)",
                header=("Recycler", "Base", "2023", "2024", "Change (%)", "Plants"),
                rows=(
                    ("Indorama Ventures", "Thailand", "190", "215", "+13.2", "9"),
                    ("Alpla", "Austria", "150", "175", "+16.7", "8"),
                    ("Veolia", "France", "120", "130", "+8.3", "6"),
                    ("Plastipak (Clean Tech)", "US", "85", "95", "+11.8", "3"),
                    ("Morssinkhof Rymoplast", "Netherlands", "60", "72", "+20.0", "4"),
                    ("Biffa", "UK", "55", "45", "-18.2", "1"),
                ),
                note="""European food-grade output only, as reported by the companies or estimated by us from
                their disclosures; plants at the end of 2024. Loop Industries, which plans a depolymerisation
                plant in France with a partner, produced no commercial volumes and is not shown.""",
            ),
            p("""Indorama Ventures, the Thai producer of virgin PET, remained the largest recycler, with 215 kt
            from nine European plants, and Alpla, the Austrian bottle maker, grew faster by expanding its plants
            in Poland and Romania. Morssinkhof Rymoplast grew fastest of the six. Biffa's output fell after it
            closed its plant at Seaham in County Durham in 2024, citing the cost of bottles and the delay to
            the UK's deposit scheme, which is now due in October 2027. The six recyclers shown produced just
            over half of Europe's food-grade rPET; the rest came from about 90 smaller firms."""),
            h("5. Outlook"),
            p("""We now expect Europe to produce 1,610 kt of food-grade rPET in 2025, 13.4% more than in 2024 but
            less than the 1,700 kt we forecast in our October note. We cut our forecast because collection is
            growing more slowly than capacity and because some bottlers have met the 25% requirement early and
            will buy no more than they need. We expect pellet prices to recover to about EUR 1,550 a tonne."""),
            p("""The main risks to this view are:"""),
            p("""- a further fall in virgin PET prices if the anti-dumping case fails;"""),
            p("""- delays to the deposit schemes of Poland, Portugal and the United Kingdom;"""),
            p("""- closures of smaller plants that cannot earn their cost of capital at today's margins."""),
            p("""Prepared by Varnholt Polymer Insight. Volumes, prices, capacities and forecasts are our estimates
            unless a company or an authority is named as the source."""),
        ),
    ),
)

REPORTS = (RPET,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
