"""Build the PDF report of the seventeenth held-out evaluation set (eval/datasets/heldout17/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout17/build_pdf.py      # writes docs/elevators_escalators_2025.pdf
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

ELEVATORS = Report(
    stem="elevators_escalators_2025",
    title="Elevators and Escalators: New Installations, Service and Modernisation, 2022-2024",
    running_title="Elevators and escalators - sector note",
    date="14 May 2025",
    iso_date="2025-05-14",
    keywords=("elevators", "escalators", "lifts", "Otis", "Kone", "Schindler", "TK Elevator", "Mitsubishi Electric",
              "Fujitec", "modernisation", "maintenance"),
    pages=(
        (
            h("1. Summary"),
            p("""The world's elevator and escalator makers installed 909,000 new units in 2024, 6.0% fewer than the
            967,000 they installed in 2023 and the third annual fall since the peak of 2021.¹ China accounted for
            all of the decline and more: installations there fell 12.2% to 505,000 units, while the rest of the
            world installed 404,000, up 3.1% from 392,000."""),
            p("""The industry's revenue held up far better than its volumes. Sales of new equipment fell 9.1% to
            US$41.2 billion, but maintenance and repair, which we call service, brought in US$40.6 billion, up
            5.7%, and modernisation US$14.6 billion, up 10.6%, so total revenue slipped only 0.5% to US$96.4
            billion. Service and modernisation together made up 57% of the industry's revenue in 2024, against 51%
            in 2022, and they earn most of its profit."""),
            p("""By modernisation we mean replacing the main components of an elevator or escalator that is already
            in service (typically the controller, the drive and machine, the doors and the car interior) while
            keeping its shaft, guide rails and structure. A full replacement, in which the old unit is removed and
            a new one is installed in the same shaft, is counted in this note as a new installation."""),
            p("""The slump in Chinese residential construction explains most of the fall in volumes. Housing starts,
            which generate about two-thirds of China's elevator demand, fell by a further 23% in 2024 to about 740
            million square metres; developers short of cash delayed or abandoned projects; and makers cut prices
            to keep their factories busy, so that the average price of a new elevator in China fell by about 8%
            over the year."""),
            p("""Competition in China has shifted towards local makers. Canny Elevator, SJEC, Guangri and other
            Chinese companies took about 41% of the country's installations in 2024, up from 35% in 2022, by
            undercutting the foreign groups on price in mid-rise housing; Kone, Otis, Schindler, Mitsubishi
            Electric and Hitachi still lead in high-rise and commercial buildings."""),
            p("""¹ Units are elevators, escalators and moving walks, counted when they are handed over to the building
            owner. Escalators and moving walks were about 6% of the units installed in 2024, or about 55,000. Home
            lifts, platform lifts for wheelchair users and goods hoists are excluded."""),
        ),
        (
            h("2. New installations by region"),
            Table(
                caption="Table 1. New elevator and escalator installations by region, 2022-2024",
                unit="(thousand units)",
                header=("Region", "2022", "2023", "2024"),
                rows=(
                    ("China", "620", "575", "505"),
                    ("India", "68", "76", "85"),
                    ("Europe", "128", "124", "121"),
                    ("Asia-Pacific (other)", "80", "82", "83"),
                    ("North America", "62", "63", "66"),
                    ("Rest of world", "52", "47", "49"),
                    ("Total", "1,010", "967", "909"),
                ),
                note="""Europe is the EU-27, the United Kingdom, Norway, Switzerland and Turkey. North America is
                the United States and Canada. Asia-Pacific (other) is Japan, South Korea, Southeast Asia and
                Oceania. Rest of world is Latin America, the Middle East, Africa and Central Asia. India's 2023
                figure has been revised up from 72,000 units, after installations in public housing and metro
                stations ordered by state agencies were added.""",
            ),
            p("""India is now the second-largest national market after China. Its installations rose 11.8% to 85,000
            units in 2024, on apartment towers in Mumbai, Bengaluru, Pune and the National Capital Region and on
            metro and airport projects, and Kone, Otis, Schindler and TK Elevator have all added factory capacity
            there in the past two years."""),
            p("""In Europe, installations fell 2.4% to 121,000 units as high interest rates held back residential
            building in Germany, Sweden and France, while North American installations rose 4.8% to 66,000 units,
            helped by hospitals, data centres and apartment buildings in the Sun Belt states. Japan and South Korea
            were flat, and Southeast Asia grew slightly."""),
            h("3. Revenue by activity"),
            Table(
                caption="Table 2. Industry revenue by activity, 2022-2024",
                unit="(US$ billion)",
                header=("Activity", "2022", "2023", "2024"),
                rows=(
                    ("New equipment", "46.0", "45.3", "41.2"),
                    ("Service (maintenance and repair)", "36.2", "38.4", "40.6"),
                    ("Modernisation", "12.0", "13.2", "14.6"),
                    ("Total", "94.2", "96.9", "96.4"),
                ),
                note="""Revenue of the makers and of independent service companies, converted into US dollars at
                each year's average exchange rates. Service includes repairs made outside maintenance contracts.""",
            ),
            p("""Service revenue grew for four reasons, and we expect all four to persist:"""),
            p("""- the installed base keeps growing: about 22.6 million elevators and escalators were in service
            worldwide at the end of 2024, up from 21.9 million a year earlier, and 10.4 million of them were in
            China;"""),
            p("""- more Chinese units are coming to the end of the one or two years of maintenance included in their
            purchase price, and the large makers are winning more of the follow-on contracts from small local
            service firms;"""),
        ),
        (
            p("""- makers raised maintenance prices by 3-6% in Europe and North America to pass on higher wages for
            their technicians;"""),
            p("""- stricter inspection and safety rules in China and in several European countries have added repair
            work, such as replacing brakes, ropes and door sensors, on older units."""),
            h("4. The makers"),
            Table(
                caption="Table 3. Revenue of six listed or reporting makers, 2023-2024",
                unit="(millions in the currency shown; Japanese makers in billions of yen)",
                header=("Company", "Currency", "2023", "2024", "Change (%)"),
                rows=(
                    ("Otis", "US$ m", "14,210", "14,260", "+0.4"),
                    ("Kone", "EUR m", "10,950", "11,100", "+1.4"),
                    ("Schindler", "CHF m", "11,480", "11,240", "-2.1"),
                    ("TK Elevator", "EUR m", "8,740", "9,050", "+3.5"),
                    ("Mitsubishi Electric (building systems)", "JPY bn", "655", "690", "+5.3"),
                    ("Fujitec", "JPY bn", "232", "248", "+6.9"),
                ),
                note="""Calendar years, except TK Elevator (years to 30 September) and Mitsubishi Electric and
                Fujitec (years to 31 March of the following year, so that 2024 is the year to March 2025).
                Hitachi reports its elevators within a larger segment and is not shown.""",
            ),
            p("""Otis remained the largest maker by revenue and by the number of units it maintains, about 2.4
            million. Its service segment earned an operating margin of 24.6% in 2024 against 7.1% for new
            equipment, which is why Otis, like its rivals, prices new units keenly in order to win the maintenance
            contracts that follow them. Kone's adjusted operating (EBIT) margin rose to 11.9% from 11.4% as it cut
            costs in China, and Schindler's revenue fell 2.1% in Swiss francs, although at constant exchange rates
            it was 1.2% higher. TK Elevator, owned by the private-equity firms Advent and Cinven since 2020, grew
            fastest of the three European groups."""),
        ),
        (
            h("5. Modernisation"),
            p("""About 9.1 million of the elevators and escalators in service, or 40% of the installed base, are more
            than 20 years old, the age at which owners usually start to consider modernisation. Europe has the
            oldest fleet, with more than half of its units older than 25 years, and modernisation orders there
            rose by about 12% in 2024; in China, where most units are younger than 15 years, the government's
            programme to renovate old residential estates is adding elevators to walk-up blocks and bringing
            forward the modernisation of others."""),
            h("6. Outlook"),
            p("""We expect installations to fall again in 2025, to 880,000-900,000 units (midpoint 890,000, down about
            2%), before stabilising in 2026. For China we now forecast 470,000 units in 2025, cut from 490,000 in
            our November note, because housing starts fell by a further 15% in the first quarter; outside China we
            expect 420,000 units, up about 4%. We forecast service revenue of US$43.0 billion in 2025 and
            modernisation revenue of US$16.0 billion."""),
            p("""The main risks to this view are:"""),
            p("""- a deeper fall in Chinese housing construction, which would cut new-equipment sales and put the
            local makers under still more pressure;"""),
            p("""- US tariffs on imported components, which would raise the cost of units assembled in North America
            from Chinese, Mexican and European parts;"""),
            p("""- a shortage of qualified technicians, which limits how fast service and modernisation can grow in
            Europe and North America."""),
            p("""Prepared by Ashcombe Tierney Industrial Research. All unit counts, market revenues, shares and
            forecasts are our estimates unless a company is named as the source; company revenues are as reported
            in each company's currency."""),
        ),
    ),
)

REPORTS = (ELEVATORS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
