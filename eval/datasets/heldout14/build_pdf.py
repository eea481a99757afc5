"""Build the PDF report of the fourteenth held-out evaluation set (eval/datasets/heldout14/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.

    .venv/bin/python eval/datasets/heldout14/build_pdf.py      # writes docs/europe_ebike_market_2025.pdf
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

EBIKES = Report(
    stem="europe_ebike_market_2025",
    title="Electric Bicycles in Europe: Sales, Stocks, Prices and Suppliers, 2022-2024",
    running_title="European e-bike market - trade note",
    date="12 June 2025",
    iso_date="2025-06-12",
    keywords=("e-bikes", "bicycles", "Europe", "Pon", "Accell", "Decathlon", "Bosch eBike Systems", "Shimano"),
    pages=(
        (
            h("1. Summary"),
            p("""The European bicycle trade spent 2024 digesting the stock it ordered during the pandemic. In the
            12 markets this note covers, shops and online sellers sold 5.12 million electrically assisted bicycles
            (e-bikes) in 2024, 4% fewer than the 5.33 million sold in 2023, while sales of conventional bicycles
            without a motor dropped 9% to 10.6 million units. Measured at retail prices, e-bike sales were worth
            EUR 14.9 billion against EUR 15.8 billion a year earlier, and deep discounting pulled the average
            selling price down to EUR 2,910 from EUR 2,964. E-bikes nevertheless accounted for 33% of all
            bicycles sold in the 12 markets, up from 31%."""),
            p("""Three pressures held the market back. First, the supply chain was still overfull: at the start of
            2024 the stocks held by retailers, wholesalers and brands were equal to roughly 11 months of sales,
            where four to five months is normal, so brands cut their wholesale prices and cancelled orders placed
            with assemblers in Taiwan, Vietnam and Portugal. Second, households facing higher bills for food,
            rent and energy postponed large discretionary purchases, and a wet spring in the Netherlands, Germany
            and the United Kingdom cost shops their busiest weeks. Third, credit became more expensive: the rate
            charged on a typical consumer loan for a bicycle in Germany climbed to about 7%, from under 3% in
            2021, which hurt sales of the most expensive models."""),
            h("2. Sales by country"),
            p("""Germany accounts for two in every five e-bikes sold in the region. German retailers sold 2.05
            million e-bikes in 2024, slightly fewer than in 2023, but because sales of conventional bicycles fell
            much further, e-bikes made up 53% of all bicycles sold in Germany, the first year above half. We
            expect that proportion to reach 62% by 2028. Employer leasing, in which staff lease a bicycle through
            a deduction from gross salary, carried the German market: about 41% of the e-bikes sold there in 2024
            were leased in this way, against 34% in 2023."""),
            p("""The three Benelux countries - the Netherlands, Belgium and Luxembourg - bought 980,000 e-bikes
            between them in 2024, of which 570,000 were sold in the Netherlands; in both the Netherlands and
            Belgium e-bikes now outsell conventional adult bicycles. Elsewhere the picture was mixed. A handful of
            southern and eastern markets, where e-bikes are still a young category, sold more than in 2023,
            while France and the United Kingdom continued to shrink."""),
        ),
        (
            Table(
                caption="Table 1. E-bike unit sales by market",
                unit="(thousand units)",
                header=("Market", "2022", "2023", "2024"),
                rows=(
                    ("Germany", "2,200", "2,100", "2,050"),
                    ("France", "738", "700", "655"),
                    ("Netherlands", "680", "640", "570"),
                    ("Italy", "335", "305", "318"),
                    ("Spain", "260", "240", "262"),
                    ("Austria", "250", "240", "228"),
                    ("Switzerland", "210", "218", "225"),
                    ("Poland", "130", "140", "152"),
                    ("United Kingdom", "170", "150", "141"),
                    ("Total, 12 markets", "5,560", "5,330", "5,120"),
                ),
                note="""Pedal-assisted bicycles with a motor of up to 250 W that cuts out at 25 km/h, plus speed
                pedelecs; sales through specialist dealers, sports chains, department stores and online. The
                total includes Belgium, Luxembourg and Denmark, which are not shown separately. Italy's 2023
                figure was revised from 296,000 after a late return from its trade association.""",
            ),
            h("3. Prices and product mix"),
            p("""The product mix continued to shift towards heavier and dearer bicycles. City and trekking
            e-bikes, the commuter models that dominate the Dutch and German markets, made up 58% of units sold in
            2024; electric mountain bikes made up 24%, cargo e-bikes 9%, and folding, road and gravel models the
            remaining 9%. Cargo bikes, used to carry children or shopping and increasingly by couriers and
            tradespeople, were the only type whose unit sales rose in 2024, by about 6%."""),
            p("""Average prices differ widely by type. In 2024 we estimate that buyers paid on average EUR 5,350
            for a cargo e-bike, EUR 4,180 for an electric mountain bike and EUR 2,390 for a city or trekking
            e-bike, while a folding e-bike cost about EUR 1,650. Discounts were heaviest on mountain bikes, the
            category with the largest stock overhang, where models from the 2023 season were often cleared at 30%
            to 40% below list price."""),
        ),
        (
            h("4. Stocks and the supply chain"),
            p("""The stock overhang shrank during 2024 but did not disappear. By January 2025 we estimate that
            inventories across the supply chain were equal to about 7 months of sales, down from 11 months a year
            earlier and still well above the normal level. Imports of complete e-bikes into the European Union
            fell 31% by value in 2024, as brands sold from stock instead of ordering new bicycles, and the EU's
            anti-dumping duties on e-bikes made in China, in force since 2019, kept Chinese-built bicycles to a
            small share of the market."""),
            p("""The slump pushed several companies into difficulty. VanMoof, the Dutch maker of connected city
            e-bikes, went bankrupt in July 2023 and was bought out of administration by the scooter company
            Lavoie; Accell Group, owner of Batavus, Sparta and Haibike, agreed a financial restructuring with its
            lenders in 2024 that handed control to its creditors and its private-equity owner; and a number of
            smaller brands and retail chains in Germany and the Netherlands filed for insolvency."""),
            h("5. Brands and motor suppliers"),
            Table(
                caption="Table 2. Shares of e-bike unit sales in the 12 markets by brand group, 2024",
                unit="(% of units)",
                header=("Brand group", "Share"),
                rows=(
                    ("Pon Holdings", "12.4"),
                    ("Accell Group", "10.6"),
                    ("Decathlon", "8.7"),
                    ("Giant", "6.0"),
                    ("Riese & Mueller", "2.4"),
                    ("Stella", "1.9"),
                    ("Others", "58.0"),
                ),
                note="""Our estimates from company reports, dealer panels and import data. Pon Holdings includes
                Gazelle, Kalkhoff, Focus and Urban Arrow; Accell Group includes Batavus, Sparta, Haibike and
                Lapierre; Decathlon's share counts bicycles sold under its own brands only.""",
            ),
        ),
        (
            p("""Motors and batteries are supplied by a small number of specialists, and their share matters because
            the drive unit is the most expensive component of an e-bike. Bosch eBike Systems supplied the drive
            units of about 41% of the e-bikes sold in the 12 markets in 2024, followed by Shimano with 17% and
            Yamaha with 6%. Chinese motor makers, led by Bafang and Ananda, held 21% between them, mainly on
            lower-priced bicycles sold by sports chains and online; Bafang alone accounted for 9%. Brose, which
            had supplied motors from Berlin since 2014, sold its e-bike drive business in 2024."""),
            h("6. Outlook"),
            p("""We expect a slow recovery. Our base case is unit sales of 5.35 million e-bikes in the 12 markets in
            2025, 4% more than in 2024, and 6.1 million in 2028, as inventories return to normal during 2025 and
            the replacement of batteries and motors on bicycles bought in 2020 and 2021 brings owners back into
            the shops. Prices should stabilise once the old stock is cleared, but we do not expect the average
            selling price to regain its 2023 level before 2026."""),
            p("""The main risks are a longer squeeze on household incomes, a change to the tax treatment of
            employer leasing in Germany, and quicker growth of cheap imports if the anti-dumping duties are not
            renewed when they come up for review. On the upside, city governments in France, Belgium and Italy are
            expanding protected cycle lanes and purchase grants for cargo bikes, which could lift sales faster than
            we assume."""),
        ),
    ),
)

REPORTS = (EBIKES,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
