"""Build the PDF report of the fifteenth held-out evaluation set (eval/datasets/heldout15/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block.

    .venv/bin/python eval/datasets/heldout15/build_pdf.py      # writes docs/hearing_aids_market_2025.pdf
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

HEARING_AIDS = Report(
    stem="hearing_aids_market_2025",
    title="Hearing Aids: Shipments, Channels, Prices and Manufacturers, 2022-2024",
    running_title="Hearing aids - sector note",
    date="20 March 2025",
    iso_date="2025-03-20",
    keywords=("hearing aids", "over-the-counter", "audiology", "Sonova", "Demant", "WS Audiology", "GN Hearing",
              "Starkey"),
    pages=(
        (
            h("1. Summary"),
            p("""Manufacturers shipped 23.4 million hearing aids worldwide in 2024, 4.9% more than the 22.3 million
            they shipped in 2023, according to our count of wholesale deliveries to audiologists, retail chains,
            public health services and, in the United States, pharmacies and consumer electronics stores.¹ The
            value of those shipments at wholesale prices rose more slowly, by 3.2% to EUR 9.58 billion, because
            the mix shifted towards cheaper devices and towards large buyers that negotiate volume discounts. The
            average wholesale price per device therefore slipped to EUR 409 from EUR 416."""),
            p("""Demand rose for three reasons. The population aged 65 and over, among whom hearing loss is most
            common, keeps growing by about 3% a year in the developed markets. People who bought the first
            rechargeable devices in 2019 and 2020 came back to replace them after the usual four to five years.
            And the leading manufacturers launched new platforms in 2023 and 2024 with chips that use neural
            networks to separate speech from background noise, which gave audiologists a reason to recommend an
            upgrade to wearers whose devices still worked."""),
            p("""The United States and Western Europe remain the two largest markets. US shipments rose 7.3% to 5.02
            million units in 2024, while Western Europe's grew 2.6% to 7.85 million; together the two regions took
            more than half of all units. China was the fastest-growing large market, helped by a government
            programme that subsidises devices for older people in several provinces."""),
            h("2. Over-the-counter devices in the United States"),
            p("""Since October 2022 adults in the United States with perceived mild to moderate hearing loss have been
            able to buy hearing aids over the counter (OTC), without a medical examination or a fitting by an
            audiologist. The category has grown more slowly than its advocates hoped. We estimate that 610,000 OTC
            devices were sold in 2024, up from 430,000 in 2023, or about 12% of US units; prescription hearing aids
            fitted by a professional still account for the rest."""),
            p("""Pharmacy chains, big-box retailers and online marketplaces sell most OTC devices. The consumer
            electronics makers Sony and Jabra, a GN brand, are among the main suppliers, alongside OTC lines from
            the traditional manufacturers. Earphones that gained a hearing-aid function by software update in 2024
            are not counted in our figures, because they are not sold as hearing aids."""),
            p("""¹ Shipments are counted in devices, not pairs (about four in five wearers use two). Our figures
            exclude personal sound amplification products and earphones with hearing features."""),
        ),
        (
            Table(
                caption="Table 1. Hearing aid shipments by region, 2022-2024",
                unit="(in thousands of units)",
                header=("Region", "2022", "2023", "2024"),
                rows=(
                    ("United States", "4,390", "4,680", "5,020"),
                    ("of which Veterans Affairs", "910", "960", "1,010"),
                    ("Western Europe", "7,420", "7,650", "7,850"),
                    ("Japan", "1,520", "1,570", "1,610"),
                    ("China", "1,610", "1,820", "2,080"),
                    ("Rest of world", "6,260", "6,580", "6,840"),
                    ("Total", "21,200", "22,300", "23,400"),
                ),
                note="""Wholesale shipments by manufacturers, in devices. Western Europe is the EU-15, the United
                Kingdom, Norway and Switzerland. The Veterans Affairs row is included in the United States row.
                Japan's 2023 figure was revised from 1,540 thousand after a late correction by the national
                industry association.""",
            ),
            h("3. How devices reach the wearer"),
            p("""Who fits the devices differs sharply between markets. In the United States, independent audiology
            and hearing-instrument practices dispensed about 36% of prescription units in 2024, clinic chains owned
            by retailers or manufacturers 27%, warehouse clubs led by Costco 14% and the Department of Veterans
            Affairs 23%. The VA buys centrally from five manufacturers and gives the devices free to eligible
            veterans, which makes it the largest single buyer in the world."""),
            p("""In Europe public payers and large retail chains dominate. Amplifon, the largest hearing-care
            retailer, does not make hearing aids and buys from all the big manufacturers, while three of the
            manufacturers own retail networks of their own: Sonova runs AudioNova, Demant runs HearingLife and
            Audika, and WS Audiology sells online through its audibene business. We estimate that
            manufacturer-owned shops and clinics dispensed about a third of the devices sold in Western Europe in
            2024, up from about a quarter five years earlier."""),
        ),
        (
            h("4. Manufacturers"),
            p("""Five groups make about nine in ten hearing aids sold worldwide. By units, Sonova led in 2024 with an
            estimated 27% of shipments, followed by WS Audiology with 22%, Demant with 19%, Starkey with 12% and GN
            with 10%; Chinese and other makers supplied the remaining 10%. Starkey, based in Minnesota, is the only
            one of the five that is privately held and publishes no accounts."""),
            Table(
                caption="Table 2. Hearing-aid revenue of four listed manufacturers, fiscal years 2022-2024",
                unit="(EUR m)",
                header=("Company", "FY2022", "FY2023", "FY2024"),
                rows=(
                    ("Sonova, hearing instruments", "2,610", "2,720", "2,850"),
                    ("Demant, hearing care", "2,480", "2,590", "2,740"),
                    ("WS Audiology", "2,450", "2,530", "2,620"),
                    ("GN Hearing", "880", "930", "960"),
                ),
                note="""Sonova's fiscal year ends on 31 March (FY2024 is the year to 31 March 2025) and WS
                Audiology's on 30 September; Demant and GN report calendar years. Amounts reported in Swiss francs
                and Danish kroner are converted at each year's average rate. Sonova and Demant figures are for
                their hearing segments only, excluding cochlear implants and diagnostic equipment.""",
            ),
            p("""GN Hearing's revenue of EUR 960 million was about 41% of GN Store Nord's group revenue of EUR 2.35
            billion in 2024; the rest came from the group's Jabra headsets and its gaming equipment. GN is the
            smallest of the listed makers by hearing revenue but the only one that also sells large volumes of
            consumer audio products."""),
            p("""Profitability varies more than size. Demant's hearing-care business earned an EBIT margin of 21.4%
            in 2024, against 17.9% for Sonova's hearing-instruments segment on a reported basis (23.6% adjusted
            for restructuring costs), while GN Hearing's EBITA margin recovered to 14.8% from 11.2% in 2023 as the
            costs of a product recall dropped out and the new platform sold at higher prices."""),
        ),
        (
            h("5. Prices and reimbursement"),
            p("""In the United States a pair of prescription hearing aids, with fitting and follow-up visits, cost on
            average about $4,700 at an independent practice in 2024, against around $1,500 at a warehouse club;
            OTC devices sold for $200 to $1,500 a pair, at an average near $850. The gap explains why warehouse
            clubs and the VA, rather than independent audiologists, have taken most of the growth in US units."""),
            p("""Public payers keep European prices in check. Germany's statutory health insurers pay a fixed amount
            of about EUR 700 per ear for an adult's device, and most insured patients choose a model that costs
            little or nothing above that amount. In France, the "100% Sante" reform, in force since January 2021,
            made a basic class of hearing aids free at the point of sale for insured patients, and French unit
            sales have nearly doubled since 2019.² In England the NHS buys devices centrally at prices we
            estimate at below EUR 150 per device."""),
            h("6. Outlook"),
            p("""We forecast global shipments of 24.5 million units in 2025 and 27.9 million in 2028, growth of about
            4.5% a year, with OTC devices reaching about 1.1 million units in the United States by 2028. Wholesale
            value should grow by about 3% a year as average prices keep falling."""),
            p("""The main risks are US tariffs on devices assembled in Asia, faster price erosion if OTC devices and
            hearing-enabled earphones improve quickly, and cuts to public reimbursement in Germany or France. On
            the upside, a change in US Medicare rules to cover hearing aids, which Congress has debated several
            times, would add several hundred thousand units a year."""),
            p("""² French unit sales of 905,000 in 2024 against 462,000 in 2019, from the national health
            insurance's reimbursement data; these units are included in Western Europe in Table 1."""),
        ),
    ),
)

REPORTS = (HEARING_AIDS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
