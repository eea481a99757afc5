"""Build the PDF report of the heldout5 evaluation set (eval/datasets/heldout5/docs/).

The layout is the sample corpus's (corpus/build_pdfs.py: fpdf2 core fonts, running header, "Page N of M"
footer, fixed creation date, so a rebuild without text changes gives the same file); only the text is new.
The companies and figures are invented.

    .venv/bin/python eval/datasets/heldout5/build_pdf.py      # writes docs/advanced_packaging_2024.pdf
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

ADVANCED_PACKAGING = Report(
    stem="advanced_packaging_2024",
    title="Advanced Semiconductor Packaging: Capacity, Capex and Constraints, 2023-2027",
    running_title="Advanced packaging 2023-2027 | Larchmont Semiconductor Research",
    date="18 March 2025",
    iso_date="2025-03-18",
    keywords=("advanced packaging", "chiplets", "2.5D", "3D", "interposer", "ABF substrate", "OSAT",
              "Meridian Foundry", "Kestrel Assembly & Test", "Hanmir Packaging"),
    pages=(
        (
            h("Key findings"),
            p("""Advanced packaging has moved from the back end of the semiconductor industry to the middle of
            its capacity planning. Larchmont estimates that revenue from advanced packaging - flip-chip, fan-out,
            2.5D interposer and bridge, 3D stacking, and system-in-package (SiP) - reached $46.8 billion in 2024,
            a rise of 19.7% on a restated $39.1 billion in 2023. Conventional wire-bond packaging is excluded
            throughout this report."""),
            p("""- AI accelerators drove almost all of the increase. Revenue from 2.5D packaging, in which a
            processor and its high-bandwidth memory (HBM) stacks sit side by side on a silicon interposer or are
            joined by embedded silicon bridges, rose 75% to $9.1 billion."""),
            p("""- Capacity, not demand, set the pace. Industry 2.5D capacity nearly doubled during the year, to
            34,500 300 mm wafers per month (wpm) at end-2024, yet lead times for new customers were still above
            40 weeks in the fourth quarter."""),
            p("""- The market is concentrated. One foundry, Meridian Foundry, ran close to four-fifths of global
            2.5D capacity at the end of 2024; the outsourced assembly and test companies (OSATs) are adding lines
            quickly but from a small base."""),
            p("""- We forecast revenue of $55.9 billion in 2025 and $72.6 billion in 2027, a compound annual growth
            rate (CAGR) of about 16% from 2024. The 2.5D segment should grow at roughly 33% a year over the same
            period, to $21.4 billion."""),
            h("1. Scope and method"),
            p("""Our revenue figures measure the value of packaging services and materials sold to chip designers
            and integrated device makers (IDMs), whether performed by a foundry or an OSAT; an IDM's packaging of
            its own chips is valued at estimated market prices. Capacity is stated in 300 mm wafer equivalents
            per month at year end (a). Company figures are taken from reported results where available and are
            otherwise our estimates. Calendar years are used unless a table says otherwise."""),
            p("""(a) A wafer of interposers yields far fewer packages than a wafer of logic dies: a reticle-sized
            accelerator package uses an interposer of up to about 2,700 square millimetres, so a 300 mm wafer
            gives only 15 to 25 of them."""),
        ),
        (
            h("2. Market size and segmentation"),
            p("""Flip-chip remains the largest platform by revenue, since almost every PC and server processor,
            most networking chips and many smartphone application processors use it. Its growth is modest: we
            put it at 8% in 2024, with ball-grid-array (FC-BGA) packages for servers offsetting weakness in
            consumer electronics. Fan-out packaging, which spreads the connections of a die across a moulded
            wafer or panel rather than a substrate, grew 16% to $3.6 billion."""),
            p("""System-in-package revenue fell from $4.5 billion to $4.2 billion, as smartphone and wearable
            makers ran down component inventories in the first half. 3D stacking, which includes the
            through-silicon-via (TSV) stacking of HBM and the first hybrid-bonded logic-on-logic products, grew
            38% to $6.5 billion."""),
            Table(
                caption="Table 1. Advanced packaging revenue by platform, 2023-2027E",
                unit="(US$ billions)",
                header=("Platform", "2023", "2024", "2025E", "2026E", "2027E"),
                rows=(
                    ("Flip-chip", "21.6", "23.4", "25.1", "26.6", "28.0"),
                    ("Fan-out", "3.1", "3.6", "4.2", "4.9", "5.6"),
                    ("2.5D interposer", "5.2", "9.1", "13.6", "17.8", "21.4"),
                    ("3D stacking", "4.7", "6.5", "8.4", "10.2", "12.3"),
                    ("SiP / embedded", "4.5", "4.2", "4.6", "5.0", "5.3"),
                    ("Total", "39.1", "46.8", "55.9", "64.5", "72.6"),
                ),
                note="""2023 restated. Our report of March 2024 gave 2023 revenue of $38.4 billion, with 2.5D at
                $4.5 billion; the 2.5D figure was revised to $5.2 billion after Meridian Foundry disclosed its
                advanced packaging revenue for the first time. E = Larchmont estimate."""),
            p("""The shift in mix is the main story of the forecast. 2.5D packaging accounted for 13% of advanced
            packaging revenue in 2023 and 19% in 2024, and we expect it to reach 29% by 2027, when it would be
            the second-largest platform after flip-chip. Our forecast assumes that shipments of data-centre
            accelerators grow by about 30% in 2025 and by 15% to 20% a year in 2026 and 2027, and that the
            average interposer keeps getting larger as designs carry more HBM stacks."""),
        ),
        (
            h("3. Chiplets and 2.5D capacity"),
            p("""Chiplet designs, which split a large processor into several smaller dies made on whichever
            process suits each function and then join them in one package, are the reason 2.5D and 3D packaging
            matter. Smaller dies yield better, and the input/output and memory-interface dies can stay on older,
            cheaper nodes. The cost is moved to the package: the interposer, the assembly of several known-good
            dies and the testing of the finished module. We estimate that chiplet-based designs accounted for 9%
            of the value of logic chips shipped in 2024 and will account for 22% in 2027; the Universal Chiplet
            Interconnect Express (UCIe) standard, now at version 2.0, should make mixing dies from different
            vendors easier, although nearly all chiplet products in volume today still combine dies from a
            single designer."""),
            p("""Meridian Foundry added 13,000 wafers per month of 2.5D capacity in 2024, more than the rest of the
            industry combined, taking its own capacity from 14,000 to 27,000 wpm. Kestrel Assembly & Test more
            than doubled its capacity to 3,500 wpm and now takes the substrate assembly step for several
            Meridian customers, who have the interposer and die-attach steps done at Meridian. Hanmir Packaging,
            the largest Korean OSAT, doubled from 750 to 1,500 wpm, most of it tied to a single accelerator
            customer."""),
            Table(
                caption="Table 2. 2.5D packaging capacity by company, year end",
                unit="(thousand 300 mm wafers per month)",
                header=("Company", "2023", "2024", "2025E", "2026E"),
                rows=(
                    ("Meridian Foundry", "14.0", "27.0", "45.0", "60.0"),
                    ("Kestrel Assembly & Test", "1.5", "3.5", "6.5", "9.0"),
                    ("Hanmir Packaging", "0.8", "1.5", "3.0", "4.5"),
                    ("Ostara Foundry", "1.2", "1.5", "2.0", "3.0"),
                    ("Others", "0.5", "1.0", "2.5", "4.5"),
                    ("Total", "18.0", "34.5", "59.0", "81.0"),
                ),
                note="""Interposer (CoW-type) and bridge-based 2.5D lines. Hanmir's 2023 capacity of 0.75
                thousand wpm is rounded. Others include Sino-Ridge Microelectronics, Pacifica Microsystems and
                IDM in-house lines."""),
            p("""Even with these additions we expect demand for 2.5D capacity to exceed supply until the second
            half of 2026. Meridian has told customers that its 2025 capacity is fully allocated, and several
            accelerator designers have signed prepayment agreements with Kestrel for 2026 output."""),
        ),
        (
            h("4. Where the capacity is"),
            p("""Advanced packaging is more concentrated geographically than wafer fabrication. Taiwan held 44% of
            global capacity in 2024, measured by the value of output the installed lines can produce, and China
            mainland 22%, most of it flip-chip and SiP work for domestic customers. South Korea's 10% is
            dominated by memory stacking."""),
            Table(
                caption="Table 3. Advanced packaging capacity by region",
                unit="(% of global capacity, by value of output)",
                header=("Region", "2024", "2027E"),
                rows=(
                    ("Taiwan", "44", "41"),
                    ("China mainland", "22", "21"),
                    ("South Korea", "10", "10"),
                    ("Southeast Asia (b)", "12", "14"),
                    ("United States", "3", "7"),
                    ("Japan", "5", "4"),
                    ("Europe", "4", "3"),
                    ("Total", "100", "100"),
                ),
            ),
            p("""The United States is the fastest-growing region in our forecast, although from a low base: its
            share should rise from 3% to 7% by 2027. Three things are behind the increase. First, grants and
            tax credits under the CHIPS and Science Act now cover packaging plants; Kestrel has been awarded up to
            $410 million for its $2.0 billion plant in Chandler, Arizona, due to start production in the first
            half of 2027, and Hanmir's $3.9 billion HBM packaging plant in Indiana has received a preliminary
            award of $450 million. Second, the largest US accelerator designers want a packaging source close to
            the wafers Meridian already makes in Arizona, which until now have been shipped back to Taiwan to be
            packaged. Third, US government customers increasingly require onshore assembly for defence
            electronics."""),
            p("""Southeast Asia gains share for a different reason: OSATs and their customers are moving flip-chip
            and test work out of China mainland to limit exposure to tariffs, with Malaysia the main
            beneficiary. Pacifica Microsystems, which is headquartered in Penang, is doubling its flip-chip floor
            space there."""),
            p("""(b) Malaysia, Singapore, Vietnam and the Philippines. Capacity shares for India, where two
            assembly and test plants are under construction, are included in Southeast Asia until they start
            production."""),
        ),
        (
            h("5. Capital spending"),
            p("""Capital expenditure on advanced packaging rose by nearly a fifth in 2024 for the companies in
            Table 4, the ones for which we have consistent figures. Meridian does not report packaging capex
            separately; we estimate that about 11% of its group capex of $31.5 billion in 2024 ($30.1 billion in
            2023) went to advanced packaging, or $3.5 billion, against $2.9 billion a year earlier."""),
            Table(
                caption="Table 4. Capital expenditure of selected packaging companies",
                unit="(US$ millions; fiscal years as noted)",
                header=("Company", "2023", "2024", "2025E"),
                rows=(
                    ("Kestrel Assembly & Test", "2,210", "2,940", "3,600"),
                    ("Hanmir Packaging", "880", "1,150", "1,400"),
                    ("Pacifica Microsystems", "410", "520", "760"),
                    ("Sino-Ridge Microelectronics", "1,320", "1,050", "1,200"),
                    ("Meridian Foundry (packaging only)", "2,900", "3,500", "4,800"),
                ),
                note="""Kestrel: calendar years; 2023 restated from $2,350 million to exclude test equipment
                held under leases, which the company now reports as right-of-use assets. Hanmir: fiscal years
                ending 31 March of the following year (2024 is the year to March 2025). Pacifica: fiscal years
                ending 30 June (2024 is the year to June 2024). Sino-Ridge: calendar years, converted from
                renminbi. Meridian: Larchmont estimate."""),
            p("""Kestrel's spending went mainly on 2.5D substrate assembly and on final test; the company has
            guided to capex of about $3.6 billion in 2025, some 60% of it for advanced packaging and test, and
            said it would fund the Arizona plant partly through a joint venture with an undisclosed customer.
            Hanmir raised its budget twice during the year as its accelerator customer increased orders."""),
            p("""Sino-Ridge was the exception. Its capex fell by about a fifth in 2024 because US export controls
            restrict its access to some bonding and lithography tools for packaging, and because its domestic
            smartphone customers, which account for most of its revenue, cut orders in the first half. It has
            said that 2025 spending will focus on flip-chip for automotive and AI-server power chips rather
            than on 2.5D."""),
        ),
        (
            h("6. Substrates"),
            p("""Every flip-chip and most 2.5D packages sit on an organic substrate built up from layers of
            Ajinomoto-type build-up film (ABF) and copper. Revenue from ABF substrates was about $9.4 billion in
            2024, roughly level with 2023, because a glut of small substrates for PCs offset a shortage of
            large-body substrates for AI accelerators. Three suppliers, Ibaraki Circuit Materials, Tainan
            Substrate Corporation and Aurum Leiterplatten of Austria, together hold about 63% of the market;
            the build-up film itself comes almost entirely from one Japanese chemical maker."""),
            p("""The shortage is in the largest formats. Substrates above 100 x 100 mm with 20 or more layers
            yield poorly, and few lines can make them: lead times for such substrates stretched to about 30 weeks
            in the fourth quarter of 2024, from 14 weeks a year earlier. Small-format substrate lead times, by
            contrast, were back at six to eight weeks. Average ABF substrate prices rose 6% in 2024 after
            falling 18% in 2023, with large-body prices up by more than 15%."""),
            p("""Glass-core substrates, which are flatter and allow finer wiring than organic cores, are the main
            candidate to replace ABF cores in the largest packages. Two substrate makers and one IDM have
            pilot lines, and samples to customers are planned for 2026; we do not expect volume production
            before 2028."""),
            h("7. Pricing"),
            p("""Packaging prices have followed capacity. Meridian raised its 2.5D prices for 2025 orders by 10% to
            15%, according to customers we spoke with, after an increase of about 8% for 2024. We estimate the
            average price of 2.5D packaging for a large AI accelerator, excluding the cost of the HBM stacks and
            the logic dies, at about $720 per unit in 2024, against $610 in 2023. Flip-chip prices were flat in
            2024 and we expect them to stay flat in 2025. OSAT 2.5D quotes are typically 10% to 20% below
            Meridian's for the same step, but customers pay for extra qualification and logistics when the work
            is split between two companies."""),
        ),
        (
            h("8. Bottlenecks"),
            p("""We see five constraints on output in 2025, in order of severity:"""),
            p("""- Interposer and die-attach capacity for 2.5D packages, which is sold out at Meridian for 2025
            and will be short until the second half of 2026;"""),
            p("""- supply of HBM stacks, since the three memory makers have allocated their 2025 output;"""),
            p("""- large-body ABF substrates with 20 or more layers;"""),
            p("""- hybrid bonding tools, which two equipment makers supply, with delivery times of nine to twelve
            months; and"""),
            p("""- final test capacity for multi-die modules, where one defective die scraps a package worth
            several thousand dollars, so test time per package has roughly tripled."""),
            h("9. Risks to our forecast"),
            p("""Double ordering. Accelerator designers short of capacity have booked lines at both Meridian and
            the OSATs; if demand for AI servers slows, part of the 2026 capacity could stand idle, and prices
            would fall quickly. We estimate that the three largest customers account for about 70% of 2.5D
            demand, so a change of plan at one of them would move the whole segment."""),
            p("""Geography. Most 2.5D and 3D capacity is in Taiwan, exposed to earthquakes, to power
            supply constraints on the island and to geopolitical risk. Export controls. Further US controls on
            packaging tools or on chiplet designs sold to China would hit Sino-Ridge and the Chinese share of
            capacity, and could prompt Chinese retaliation on materials. Technology. A faster move to glass
            substrates, or to co-packaged optics, would change which suppliers gain."""),
            p("""On the other side, our forecast could prove too low if 3D hybrid bonding of logic dies reaches
            volume in 2026, a year ahead of our assumption, or if HBM supply loosens earlier than we expect."""),
            p("""Sources: company reports and presentations; Larchmont estimates and interviews with packaging
            customers. All figures in US dollars. This report was prepared for illustration; company names are
            fictional."""),
        ),
    ),
)

REPORTS = (ADVANCED_PACKAGING,)

def main() -> None:
    build.write_reports(REPORTS, HERE / "docs")


if __name__ == "__main__":
    main()
