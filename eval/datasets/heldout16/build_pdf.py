"""Build the PDF report of the sixteenth held-out evaluation set (eval/datasets/heldout16/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout16/build_pdf.py      # writes docs/potash_market_2025.pdf
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

POTASH = Report(
    stem="potash_market_2025",
    title="Potash: Demand, Supply, Prices and Producers, 2022-2024",
    running_title="Potash - commodity sector note",
    date="12 February 2025",
    iso_date="2025-02-12",
    keywords=("potash", "muriate of potash", "fertiliser", "Nutrien", "Mosaic", "K+S", "Uralkali", "Belaruskali",
              "BHP Jansen"),
    pages=(
        (
            h("1. Summary"),
            p("""Farmers and fertiliser blenders took delivery of 72.4 million tonnes of potash worldwide in 2024,
            5.1% more than the 68.9 million tonnes delivered in 2023 and a new record.¹ The recovery followed a
            lean 2022, when deliveries fell to 65.0 million tonnes from the then record set in 2021, as prices
            spiked after Russia's invasion of Ukraine and the sanctions on Belarus. Higher volumes did not bring
            higher revenue: the average price of granular potash delivered to Brazil, the benchmark most of the
            trade watches, fell to US$292 per tonne in 2024 from US$372 in 2023 and US$715 in 2022, so the value
            of world trade shrank for a second year."""),
            p("""Three things brought buyers back. Potash had become affordable again: a tonne cost the equivalent of
            about 1.4 tonnes of soybeans in Brazil in 2024, against 2.6 tonnes at the peak in 2022. Growers who
            had skipped or cut applications in 2022 and 2023 needed to rebuild the potassium in their soils,
            which high-yielding crops draw down quickly. And importers in China and India, who had let their
            stocks run down while prices were falling, restocked once their annual contract prices were
            settled."""),
            h("2. Demand by region"),
            p("""China remained the largest consumer, taking 19.1 million tonnes in 2024, while Brazil, which imports
            almost all of the potash used on its soybean, maize and sugarcane farms, took 14.4 million tonnes.
            Between them the two countries accounted for 46% of world deliveries."""),
            p("""India's deliveries grew fastest in percentage terms, by 19% to 3.1 million tonnes, but from a low
            base. The country had cut its purchases sharply in 2023, when its importers held out for a lower
            contract price and did not sign until the middle of the year; in 2024 they settled early, at US$283
            per tonne delivered, US$132 below the 2023 contract of US$415, and bought again."""),
            p("""¹ Deliveries are measured in tonnes of product (potassium chloride, KCl, also sold as muriate of
            potash or MOP), not in tonnes of nutrient. In nutrient terms (K2O, about 60% of the weight of KCl),
            2024 deliveries were about 43.4 million tonnes. Sulphate of potash and other specialty grades, about
            4% of the volume, are included."""),
        ),
        (
            Table(
                caption="Table 1. Potash deliveries by region, 2022-2024",
                unit="(million tonnes KCl)",
                header=("Region", "2022", "2023", "2024"),
                rows=(
                    ("China", "16.2", "17.9", "19.1"),
                    ("Brazil", "12.6", "13.7", "14.4"),
                    ("North America", "9.8", "10.1", "10.4"),
                    ("Southeast Asia", "7.6", "8.2", "8.9"),
                    ("Europe", "6.9", "6.8", "6.8"),
                    ("India", "2.9", "2.6", "3.1"),
                    ("Rest of world", "9.0", "9.6", "9.7"),
                    ("Total", "65.0", "68.9", "72.4"),
                ),
                note="""Deliveries to farmers, blenders and distributors, from producers' sales and customs data.
                North America is the United States and Canada. Southeast Asia is Indonesia, Malaysia, Vietnam,
                Thailand and the Philippines. Rest of world includes Africa, the Middle East, Oceania and Latin
                America other than Brazil. China's 2023 figure was revised up from 17.4 million tonnes after
                customs data on rail shipments from Russia and Laos were added.""",
            ),
            p("""Southeast Asia's oil palm plantations, which use more potash per hectare than any other large crop,
            raised their purchases by 8.5% to 8.9 million tonnes as palm oil prices firmed and Indonesian estates
            caught up on applications they had put off in 2022-23. North American deliveries rose 3% to 10.4
            million tonnes on a larger maize area. European demand was unchanged at 6.8 million tonnes: a weak
            farm economy, a poor harvest in France and dry weather in the east of the continent held it back."""),
            h("3. Supply and producers"),
            p("""Eight producers mine more than nine-tenths of the world's potash. They made 67.2 million tonnes of
            the 73.0 million tonnes produced worldwide in 2024; output ran 0.6 million tonnes ahead of deliveries,
            and the difference went into producers' and traders' stocks."""),
            Table(
                caption="Table 2. Potash production by producer, 2022-2024",
                unit="(million tonnes KCl; last column: share of world output in 2024, %)",
                header=("Producer", "2022", "2023", "2024", "Share"),
                rows=(
                    ("Nutrien", "13.0", "13.5", "13.9", "19.0"),
                    ("Uralkali", "9.6", "10.9", "11.9", "16.3"),
                    ("Belaruskali", "8.4", "10.5", "11.6", "15.9"),
                    ("Mosaic", "8.7", "8.4", "8.9", "12.2"),
                    ("K+S", "7.3", "7.1", "7.5", "10.3"),
                    ("Qinghai Salt Lake", "5.6", "5.8", "5.9", "8.1"),
                    ("ICL", "4.3", "4.4", "4.6", "6.3"),
                    ("Arab Potash Company", "2.8", "2.8", "2.9", "4.0"),
                ),
                note="""Mosaic and K+S include their Canadian mines; ICL includes Israel (Dead Sea) and Spain.
                Uralkali and Belaruskali have not published production figures since 2022; their rows are our
                estimates from export, rail and customs data.""",
            ),
        ),
        (
            p("""Nutrien, the Canadian group that runs six mines in Saskatchewan, remained the largest producer, with
            13.9 million tonnes or 19.0% of world output. Uralkali of Russia came second and Belarus's state-owned
            Belaruskali third. Belaruskali grew fastest of the eight in 2024, by 10.5%, as it rebuilt its export
            routes: since Lithuania closed the port of Klaipeda to its cargoes in February 2022, Belarusian potash
            has travelled by rail to Russian ports on the Baltic and directly to China."""),
            p("""EuroChem, another Russian producer, is ramping up two new mines, and mines in Laos owned by Chinese
            companies have become a growing source of supply for southern China; neither appears in Table 2."""),
            p("""The largest project outside Russia is BHP's Jansen mine in Saskatchewan. In January 2025 BHP said
            that the first stage, designed to produce 4.15 million tonnes a year, would start in mid-2027 rather
            than at the end of 2026 as it had said a year earlier, and raised its estimate of the capital cost to
            US$7.0-7.4 billion from US$5.7 billion, citing inflation and a shortage of skilled labour in the
            province. A second stage would add a similar amount of capacity by the end of the decade."""),
            h("4. Prices"),
            Table(
                caption="Table 3. Average potash prices by benchmark, 2022-2024",
                unit="(US$ per tonne, annual average)",
                header=("Benchmark", "2022", "2023", "2024"),
                rows=(
                    ("Brazil, granular, CFR", "715", "372", "292"),
                    ("Southeast Asia, standard, CFR", "622", "358", "301"),
                    ("Northwest Europe, granular, CFR", "748", "405", "331"),
                    ("US Midwest, granular, FOB", "812", "497", "372"),
                    ("China, annual contract, CFR", "576", "322", "274"),
                    ("India, annual contract, CFR", "590", "415", "283"),
                ),
                note="""CFR: cost and freight, delivered to the buyer's port. The US Midwest price is per short ton
                (0.907 tonnes), free on board at inland warehouses. Contract prices are those agreed by each
                country's main importers with their suppliers for the calendar year.""",
            ),
            p("""Prices fell for a second year because supply recovered faster than demand. Russian and Belarusian
            exporters, having found new routes and new buyers, offered tonnes at discounts to win back market
            share, and Canadian producers ran their mines harder to defend theirs. Prices bottomed in the second
            quarter of 2024; by December Brazilian granular was back at US$305 per tonne, and spot offers for
            Southeast Asia had firmed to about US$310."""),
        ),
        (
            h("5. Producers' results"),
            p("""Lower prices cut producers' earnings even as their volumes rose. Nutrien's potash segment had net
            sales of US$3.05 billion in 2024, down 20% from US$3.81 billion, on sales volumes of 13.8 million
            tonnes, up from 13.4 million; its EBITDA fell to US$1.66 billion from US$2.30 billion. Mosaic's potash
            segment earned revenue of US$2.45 billion, against US$3.06 billion in 2023. K+S, the German group,
            reported EBITDA of EUR 556 million, down from EUR 787 million, and stayed profitable, with net income
            of EUR 112 million against EUR 196 million a year earlier."""),
            p("""Costs decide who comes through a downturn in good shape. We estimate cash costs delivered to Brazil
            at about US$110-130 per tonne for the large Saskatchewan mines, around US$100 for Uralkali and about
            US$150 for Belaruskali after its longer rail haul. K+S's German mines, at US$190-220, are the most
            expensive in the industry, which is why the group has been closing its oldest shafts there and
            shifting volume to its Bethune mine in Canada."""),
            h("6. Outlook"),
            p("""We expect deliveries of 74.0-76.0 million tonnes in 2025 (midpoint 75.0 million, up about 3.6%) and
            about 81 million tonnes in 2028, growth of a little under 3% a year from 2024. We forecast an average
            Brazilian granular price of US$330 per tonne in 2025, raised from US$310 in our November note:
            Canadian and Russian producers have sold out their first-quarter volumes, and stocks held in Brazil
            are below last year's."""),
            p("""The main risks to this view are:"""),
            p("""- a US tariff on Canadian potash, which supplies about 80% of US needs and would raise prices for
            American farmers;"""),
            p("""- new capacity arriving faster than we assume, above all from Russian greenfield mines and from
            Laos;"""),
            p("""- a fall in crop prices, which would make potash less affordable again and lead growers to cut
            their applications;"""),
            p("""- a lifting of the sanctions on Belarus, which would let its potash return to Klaipeda and shorten
            its route to market."""),
            p("""Prepared by Ferrier Lowe Commodities Research. All volumes, shares, costs and forecasts are our
            estimates unless a company is named as the source. Prices are assessments of delivered cargoes and
            may differ from the prices individual buyers paid."""),
        ),
    ),
)

REPORTS = (POTASH,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
