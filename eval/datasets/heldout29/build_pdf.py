"""Build the PDF report of the twenty-ninth held-out evaluation set (eval/datasets/heldout29/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
Footnotes are set as small paragraphs at the foot of the text of their page, as the layout has no footnote block;
bullets are paragraphs that start with "- ".

    .venv/bin/python eval/datasets/heldout29/build_pdf.py      # writes docs/animal_health_medicines_2025.pdf
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

VETS = Report(
    stem="animal_health_medicines_2025",
    title="Pets Pay, Herds Wait: The World Market for Veterinary Medicines, 2023-2025",
    running_title="Veterinary medicines and vaccines - animal health sector note",
    date="20 May 2025",
    iso_date="2025-05-20",
    keywords=("animal health", "veterinary medicines", "veterinary vaccines", "parasiticides",
              "companion animals", "livestock", "Zoetis", "Elanco", "Virbac", "Phibro", "Merck Animal Health",
              "Boehringer Ingelheim"),
    pages=(
        (
            h("1. Summary"),
            p("""Makers of veterinary medicines and vaccines sold USD 41.8 billion worth of products worldwide
            in calendar 2024 at manufacturers' prices, 5.3% more than the USD 39.7 billion of 2023.¹ Price did
            most of the work: we estimate that higher list prices added 3.9 percentage points of the growth and
            larger volumes only 1.4 points. In livestock vaccines the gap was wider still. Producers sold 27.6
            billion doses, 2.1% fewer than the 28.2 billion doses of 2023, yet the value of those vaccines rose
            3.8%, because the mix moved to costlier combination and vector vaccines for poultry and pigs."""),
            p("""Pets, not farm animals, now drive the industry. Medicines and vaccines for dogs, cats and horses
            grew 9.0% in 2024, against 1.5% for products for cattle, pigs, poultry and sheep, and companion
            animals are now more than half of the market. Three things lifted the companion-animal business:
            monoclonal antibodies for osteoarthritis pain in dogs and cats, which are injected monthly at the
            clinic and sell at several times the price of the tablets they replace; combination parasiticides
            that treat fleas, ticks and worms in a single monthly chewable; and owners who kept spending on
            their animals' health even as the number of visits to veterinary clinics in the United States fell
            for the third year running."""),
            p("""Livestock sales grew slowly for the opposite reasons. Anti-infectives, still the largest
            livestock category a decade ago, fell again as the European Union's rules on the prophylactic use of
            antibiotics, in force since January 2022, and China's reduction plan for antimicrobial use in farming
            cut the volume of antibiotics given to herds and flocks. The pig herds of China and Europe were also
            smaller than a year earlier, and producers' margins were thin after two years of high feed costs."""),
            p("""Our view in one line: companion animals will keep growing at close to double digits while
            livestock grows with herd sizes and prices, so we cut our 2025 forecast only slightly and prefer the
            makers with the most of their sales in pets."""),
            p("""¹ Sales are manufacturers' sales of pharmaceuticals, vaccines and medicated feed additives for
            animals, before distributors' and veterinarians' margins. Calendar years; company figures are for
            each company's own fiscal year. Medicines for farmed fish (aquaculture) and pet foods sold as
            therapeutic diets are not included in this note."""),
        ),
        (
            h("2. Sales by species and product"),
            p("""Parasiticides for dogs and cats remain the largest single category, with almost a quarter of
            world sales. Dermatology and pain products, where the monoclonal antibodies sit alongside the older
            itch tablets, were the fastest-growing part of the market."""),
            Table(
                caption="Table 1. Veterinary medicine and vaccine sales by species and product, 2023 and 2024",
                unit="(USD millions, manufacturers' prices)",
                header=("Species and product", "2023", "2024", "Change (%)"),
                rows=(
                    ("Companion: parasiticides", "9,150", "10,020", "+9.5"),
                    ("Companion: dermatology and pain", "4,310", "4,980", "+15.5"),
                    ("Companion: vaccines", "2,740", "2,860", "+4.4"),
                    ("Companion: other medicines", "3,900", "4,040", "+3.6"),
                    ("Livestock: anti-infectives", "6,820", "6,690", "-1.9"),
                    ("Livestock: vaccines", "5,780", "6,000", "+3.8"),
                    ("Livestock: other medicines and feed additives", "7,000", "7,210", "+3.0"),
                    ("Total", "39,700", "41,800", "+5.3"),
                ),
                note="""Companion animals are dogs, cats and horses; livestock are cattle, pigs, poultry and
                sheep. The 2023 figure for livestock anti-infectives has been revised down from USD 7,020
                million after the US Food and Drug Administration published its final summary of antimicrobial
                sales for food animals, which also lowered the 2023 total from USD 39,900 million.""",
            ),
            h("3. Sales by region"),
            p("""North America is still the largest market by a wide margin, because American pet owners spend
            more per animal than owners anywhere else. Asia-Pacific grew almost as fast on pet ownership in
            China's cities and on vaccines for poultry in South-East Asia, while Latin America was held back by
            lower cattle prices in Brazil, the region's largest market, and by the weaker Argentine peso."""),
            Table(
                caption="Table 2. Veterinary medicine and vaccine sales by region, 2023 and 2024",
                unit="(USD millions, manufacturers' prices)",
                header=("Region", "2023", "2024", "Change (%)"),
                rows=(
                    ("North America", "15,900", "16,900", "+6.3"),
                    ("Europe", "10,800", "11,300", "+4.6"),
                    ("Asia-Pacific", "6,500", "6,900", "+6.2"),
                    ("Latin America", "4,700", "4,850", "+3.2"),
                    ("Middle East and Africa", "1,800", "1,850", "+2.8"),
                    ("World", "39,700", "41,800", "+5.3"),
                ),
                note="""North America is the United States and Canada; Mexico is in Latin America. North
                America's 2023 figure has been revised down from USD 16,100 million for the same reason as
                Table 1. Asia-Pacific includes China, Japan, India and Australia, which we do not show
                separately.""",
            ),
        ),
        (
            h("4. Producers"),
            p("""Zoetis is the world's largest maker of animal medicines, with about 22% of world sales in 2024,
            ahead of Merck Animal Health at about 14%, Boehringer Ingelheim at 12% and Elanco at 11%. Ceva Sante
            Animale, the largest maker of poultry vaccines, is owned by its managers and private investors and
            publishes no full results; Dechra Pharmaceuticals, taken private by EQT in January 2024, no longer
            reports either. Table 3 shows the four listed companies whose business is mainly animal health."""),
            Table(
                caption="Table 3. Listed animal health companies: revenue and adjusted operating income",
                unit="(millions, in each company's reporting currency, for its own fiscal year)",
                header=("Company (ticker)", "Year end", "Currency", "2023", "2024", "EBIT 2024"),
                rows=(
                    ("Zoetis (ZTS)", "Dec", "USD", "8,540", "9,260", "3,420"),
                    ("Elanco (ELAN)", "Dec", "USD", "4,420", "4,440", "790"),
                    ("Virbac (VIRP)", "Dec", "EUR", "1,250", "1,400", "224"),
                    ("Phibro Animal Health (PAHC)", "Jun", "USD", "978", "1,018", "108"),
                ),
                note="""EBIT 2024 is adjusted operating income for the 2024 fiscal year; it excludes amortisation of
                acquired intangibles and one-off
                items. Phibro's 2023 and 2024 are its fiscal years ended 30 June 2023 and 30 June 2024. Virbac
                consolidates Sasaeah, the Japanese vaccine maker it bought, from 1 July 2024.""",
            ),
            p("""Virbac grew fastest of the four, but not all of its 12% was its own: Sasaeah added about EUR
            49 million in the second half, and at constant scope and exchange rates Virbac's sales grew 8.1%.
            Zoetis grew 8.4%, nearly all of it organic, on its osteoarthritis antibodies Librela and Solensia and
            its Simparica Trio parasiticide. Elanco's sales were almost flat because it sold its aquaculture
            business to Merck in July 2024; its new pet products, Zenrelia for itch and Credelio Quattro for
            parasites, were launched too late in the year to make up for it."""),
            p("""Merck & Co.'s Animal Health segment had sales of USD 5,880 million in 2024, 9.2% of the group's
            USD 64,170 million, up 4.5% from USD 5,625 million in 2023. Boehringer Ingelheim, which is
            family-owned, reports its Animal Health business only in its annual report in euros and is not
            shown in Table 3."""),
            h("5. Risks to our view"),
            p("""We see five risks to our view:"""),
            p("""- pain antibodies: reports of side effects in dogs treated with Librela, which regulators in the
            United States and Europe are reviewing, could slow the fastest-growing product class;"""),
            p("""- generics: patents on several leading parasiticides expire between 2025 and 2028, and
            cheaper copies are already sold online in the United States;"""),
        ),
        (
            p("""- animal disease: African swine fever in Asia and avian influenza in poultry and dairy cattle
            can shrink herds and flocks at short notice;"""),
            p("""- clinic visits: if American pet owners cut visits further, fewer animals would be
            prescribed the injectable products that are given at the clinic;"""),
            p("""- currencies: a stronger dollar would lower the dollar value of sales in Europe, Brazil and
            Japan."""),
            h("6. Outlook"),
            p("""We now expect world sales to grow 5.5% in 2025, to USD 44.1 billion, cut from USD 44.5 billion
            in our note of 14 January 2025, because of the stronger dollar and the slower start of the year in
            livestock in Latin America. We expect companion-animal products to grow 8.3% and livestock products
            2.5%. For 2029 we expect sales of USD 53.4 billion, a compound annual growth rate of 5.0% from 2024,
            by when companion animals would be about 58% of the market."""),
            h("7. Method"),
            p("""Sales are our estimates from the reports of the listed producers, the national industry
            associations' statistics and our survey of 60 distributors in twelve countries, converted to US
            dollars at each year's average exchange rates. Company figures are as reported, in each company's
            currency and for its own fiscal year. Volumes of vaccines are doses sold by producers."""),
        ),
    ),
)

REPORTS = (VETS,)


def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
