"""Build the four PDF reports of mia's sample corpus.

The text of each report lives below as plain data; this script lays it out with fpdf2's core fonts (so only
latin-1 characters), one explicit page break per ``PAGE`` list, and a running header and footer on every page
(the footer carries "Page N of M"), the kind of furniture a reader has to strip. The output is reproducible:
the creation date is fixed, so rebuilding without text changes gives the same files.

    .venv/bin/python corpus/build_pdfs.py          # writes corpus/*.pdf next to this file
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
AUTHOR = "mia sample corpus"


@dataclass(frozen=True)
class Table:
    caption: str
    unit: str  # e.g. "(US$ billions)"
    header: tuple[str, ...]  # first cell labels the rows, the rest are column heads (years)
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


# A block is ("h", heading), ("p", paragraph) or a Table.
Block = tuple[str, str] | Table


@dataclass(frozen=True)
class Report:
    stem: str
    title: str
    running_title: str
    date: str  # as printed on the cover
    iso_date: str
    pages: tuple[tuple[Block, ...], ...]  # each inner tuple starts a new page
    keywords: tuple[str, ...] = field(default_factory=tuple)


def h(text: str) -> Block:
    return ("h", text)


def p(text: str) -> Block:
    return ("p", " ".join(text.split()))


HYPERSCALER_CAPEX = Report(
    stem="hyperscaler_capex_2024",
    title="Hyperscaler Capital Expenditure, 2023-2024",
    running_title="Hyperscaler capital expenditure 2023-2024",
    date="10 March 2025",
    iso_date="2025-03-10",
    keywords=("capital expenditure", "Microsoft", "Alphabet", "Amazon", "Meta"),
    pages=(
        (
            h("1. Summary"),
            p("""The four largest US cloud and platform companies - Microsoft, Alphabet, Amazon and Meta - raised
            their capital expenditure by more than half in 2024 as they built data centres and bought servers for
            artificial intelligence. On the cash measures in Table 1 the four spent about $219 billion in their
            2024 fiscal years, against about $141 billion a year earlier, an increase of roughly 55%."""),
            p("""The money goes to two kinds of asset. Land, buildings, power and cooling equipment last fifteen
            years or more; servers, accelerators and network gear are depreciated over about six years or less.
            The short-lived share has grown with the purchase of AI accelerators, which is why depreciation
            charges are now rising quickly at all four companies."""),
            h("2. Why spending rose"),
            p("""Each company gave the same reason in its results commentary: demand for AI training and
            inference capacity exceeded the capacity it had available. Cloud providers (Microsoft Azure, Google
            Cloud and Amazon Web Services) sell that capacity to customers, while Meta uses its fleet for its
            own recommendation systems and Llama models."""),
            p("""Spending is lumpy. Orders for accelerators are placed quarters ahead of delivery, and data-centre
            shells take one to two years to build, so a rise in reported capital expenditure reflects decisions
            taken well before the period in which it is recorded."""),
        ),
        (
            h("3. Microsoft"),
            p("""Microsoft's capital expenditures including finance leases were $55.7 billion in fiscal year 2024,
            which ended on 30 June 2024. Cash additions to property and equipment, the narrower line in the cash
            flow statement, were $44.5 billion in fiscal year 2024, up from $28.1 billion in fiscal year 2023."""),
            p("""In the fourth quarter of fiscal 2024 alone, Microsoft's capital expenditures including finance
            leases were $19.0 billion. The company said that roughly half of its cloud and AI spending in the
            quarter went to long-lived assets expected to support revenue for fifteen years and more."""),
            p("""Finance leases matter at Microsoft because a large part of its data-centre capacity is leased
            from developers rather than built by the company, so the cash flow line understates the total
            commitment."""),
            h("4. Alphabet"),
            p("""Alphabet's purchases of property and equipment were $52.5 billion in 2024, compared with
            $32.3 billion in 2023, an increase of 63%. Alphabet said the bulk of this went to technical
            infrastructure, mainly servers, followed by data centres and networking equipment."""),
            p("""Google designs its own accelerators, the Tensor Processing Units (TPUs), and uses them alongside
            NVIDIA GPUs, which gives it an alternative source of AI compute for its own models and for Google
            Cloud customers."""),
        ),
        (
            h("5. Amazon"),
            p("""Amazon's purchases of property and equipment were $83.0 billion in 2024, up from $52.7 billion in
            2023. The company said most of the spending was for Amazon Web Services, and most of that for
            generative AI capacity."""),
            p("""The 2023 figure was itself a step down: in 2022 Amazon's purchases of property and equipment were
            $63.6 billion, when the company was still expanding its fulfilment and transportation network. The
            mix has since shifted from warehouses towards data centres."""),
            h("6. Meta"),
            p("""Meta's capital expenditures, including principal payments on finance leases, were $39.23 billion in
            2024, compared with $28.10 billion in 2023. Meta attributed the increase to investment in servers,
            data centres and network infrastructure."""),
            p("""Meta had cut spending in 2023 from $32.04 billion in 2022 while it redesigned its data centres for
            AI workloads, so part of the 2024 increase is a return to earlier building plans on the new
            design."""),
        ),
        (
            h("7. Company figures side by side"),
            Table(
                caption="Table 1. Capital expenditure of four hyperscalers, cash basis",
                unit="(US$ billions)",
                header=("Company", "2023", "2024"),
                rows=(
                    ("Microsoft (fiscal years to June)", "28.1", "44.5"),
                    ("Alphabet", "32.3", "52.5"),
                    ("Amazon", "52.7", "83.0"),
                    ("Meta (incl. finance lease principal)", "28.1", "39.2"),
                    ("Total", "141.2", "219.2"),
                ),
                note="""Microsoft: additions to property and equipment for the fiscal years ended 30 June 2023 and
                2024; including finance leases its fiscal 2024 figure was $55.7 billion. Alphabet and Amazon:
                purchases of property and equipment. Meta: purchases of property and equipment plus principal
                payments on finance leases. Figures are rounded, so totals may differ slightly from the sum of
                the rows.""",
            ),
            h("8. How to read these figures"),
            p("""The companies define capital expenditure differently, so the rows of Table 1 are close but not
            identical measures. Microsoft's fiscal year also ends in June rather than December. Comparisons of
            growth rates within one company are therefore safer than comparisons of levels between companies."""),
            p("""Guidance for 2025, given with the fourth-quarter 2024 results, is covered in our separate
            quarterly update."""),
        ),
    ),
)

AI_ACCELERATORS = Report(
    stem="ai_accelerators_2024",
    title="AI Accelerators: NVIDIA and AMD Data-Centre Revenue",
    running_title="AI accelerators: NVIDIA and AMD",
    date="5 March 2025",
    iso_date="2025-03-05",
    keywords=("NVIDIA", "AMD", "GPU", "data center revenue"),
    pages=(
        (
            h("1. Summary"),
            p("""Sales of AI accelerators, mostly graphics processing units (GPUs) sold as parts of complete
            servers, were the fastest-growing part of the semiconductor industry in 2023 and 2024. NVIDIA took
            most of the revenue; AMD became a credible second supplier with its Instinct MI300 family."""),
            p("""This report sets out the two companies' data-centre revenue as reported, and compares the memory
            capacity and bandwidth of the main accelerators, which largely decide how large a model one chip
            can hold and how fast it can serve it."""),
            h("2. What drives demand"),
            p("""Training a frontier model takes tens of thousands of accelerators running for months, and serving
            it to users (inference) needs a fleet that grows with usage. Buyers are the cloud providers, large
            internet companies, AI model developers and, increasingly, governments and enterprises building
            their own clusters."""),
        ),
        (
            h("3. NVIDIA"),
            p("""NVIDIA's Data Center revenue was $115.2 billion in fiscal year 2025, which ended on 26 January 2025,
            up 142% from $47.5 billion in fiscal year 2024. Total revenue was $130.5 billion in fiscal 2025, up
            114% from $60.9 billion a year earlier."""),
            p("""In the fourth quarter of fiscal 2025, NVIDIA's Data Center revenue was $35.6 billion, and the
            company said it recognised $11.0 billion of revenue from its new Blackwell architecture in that
            quarter, its first full quarter of Blackwell shipments."""),
            p("""NVIDIA's GAAP gross margin was 75.0% in fiscal 2025, compared with 72.7% in fiscal 2024."""),
            Table(
                caption="Table 1. NVIDIA revenue by fiscal year (years end in late January)",
                unit="(US$ billions)",
                header=("Fiscal year", "2023", "2024", "2025"),
                rows=(
                    ("Data Center revenue", "15.0", "47.5", "115.2"),
                    ("Total revenue", "27.0", "60.9", "130.5"),
                ),
            ),
        ),
        (
            h("4. AMD"),
            p("""AMD's Data Center segment revenue was a record $12.6 billion in 2024, up 94% from $6.5 billion in
            2023. The segment includes EPYC server processors as well as Instinct accelerators."""),
            p("""AMD said that revenue from its Instinct data-centre GPUs exceeded $5 billion in 2024, the first
            full year of MI300X sales. The MI300X was launched in December 2023."""),
            p("""AMD's total revenue was $25.8 billion in 2024, compared with $22.7 billion in 2023, so the Data
            Center segment rose from under 30% of company revenue to almost half."""),
            Table(
                caption="Table 2. AMD revenue by calendar year",
                unit="(US$ billions)",
                header=("Segment", "2023", "2024"),
                rows=(
                    ("Data Center", "6.5", "12.6"),
                    ("Total revenue", "22.7", "25.8"),
                ),
            ),
        ),
        (
            h("5. Memory per accelerator"),
            p("""Each new generation carries more high-bandwidth memory (HBM). The AMD Instinct MI300X carries
            192 GB of HBM3 with 5.3 TB/s of peak bandwidth, against 80 GB and 3.35 TB/s for the NVIDIA H100 SXM
            that it was designed to compete with."""),
            Table(
                caption="Table 3. HBM capacity and peak bandwidth, as stated by the vendors",
                unit="(GB of HBM; TB/s)",
                header=("Accelerator (launch year)", "Memory", "Bandwidth"),
                rows=(
                    ("NVIDIA H100 SXM (2022)", "80", "3.35"),
                    ("AMD Instinct MI300X (2023)", "192", "5.3"),
                    ("NVIDIA H200 (2024)", "141", "4.8"),
                    ("AMD Instinct MI325X (2024)", "256", "6.0"),
                ),
            ),
            h("6. Outlook"),
            p("""Both vendors now release a new accelerator every year. Supply, rather than demand, limited
            shipments through 2024: advanced packaging capacity and HBM output were the binding constraints, a
            theme covered in our report on high-bandwidth memory."""),
        ),
    ),
)

HBM_MEMORY = Report(
    stem="hbm_memory_2024",
    title="High-Bandwidth Memory: Suppliers, Share and Pricing",
    running_title="High-bandwidth memory (HBM)",
    date="20 February 2025",
    iso_date="2025-02-20",
    keywords=("HBM", "SK hynix", "Samsung", "Micron", "DRAM"),
    pages=(
        (
            h("1. Summary"),
            p("""High-bandwidth memory (HBM) is the DRAM that sits beside every modern AI accelerator. Three
            companies make it - SK hynix, Samsung Electronics and Micron Technology - and demand from AI servers
            has turned it from a niche product into the most profitable part of the memory market."""),
            h("2. What HBM is"),
            p("""An HBM stack is a pile of DRAM dies, eight or twelve high in current products, joined by
            through-silicon vias and placed next to the processor on a silicon interposer. The very wide
            interface gives far more bandwidth per package than ordinary DDR5 modules, at a much higher cost
            per bit."""),
            p("""HBM is also expensive to make. Micron has said that HBM3E consumes about three times the wafer
            supply of DDR5 to produce the same number of bits, so every shift of capacity towards HBM tightens
            supply of conventional DRAM."""),
        ),
        (
            h("3. Market share"),
            p("""TrendForce estimated that SK hynix held 50% of the HBM market in 2022, Samsung 40% and Micron
            10%. SK hynix's lead came from being the first supplier of HBM3 to NVIDIA."""),
            p("""TrendForce also estimated that HBM would rise from 2% of total DRAM bit output in 2023 to 5% in
            2024 and more than 10% in 2025. Measured by value, it expected HBM to account for more than 20% of
            the DRAM market from 2024 and possibly more than 30% in 2025."""),
            Table(
                caption="Table 1. HBM supplier shares, TrendForce estimate",
                unit="(% of HBM market)",
                header=("Supplier", "2022"),
                rows=(
                    ("SK hynix", "50"),
                    ("Samsung", "40"),
                    ("Micron", "10"),
                ),
            ),
        ),
        (
            h("4. SK hynix"),
            p("""SK hynix's revenue was 66.19 trillion won in 2024, more than double the 32.77 trillion won of 2023,
            and its operating profit was a record 23.47 trillion won after an operating loss of 7.73 trillion won
            in 2023. The company said HBM accounted for more than 40% of its DRAM revenue in the fourth quarter
            of 2024."""),
            p("""SK hynix began mass production of 12-layer HBM3E with 36 GB per stack in September 2024."""),
            Table(
                caption="Table 2. SK hynix annual results",
                unit="(KRW trillions)",
                header=("Item", "2023", "2024"),
                rows=(
                    ("Revenue", "32.77", "66.19"),
                    ("Operating profit (loss)", "-7.73", "23.47"),
                ),
            ),
            h("5. Samsung"),
            p("""Samsung announced a 12-high HBM3E stack with 36 GB of capacity in February 2024, but press reports
            through 2024 described delays in qualifying its HBM3E with NVIDIA, and the company lost share to SK
            hynix in the newest generation."""),
        ),
        (
            h("6. Micron"),
            p("""Micron began volume production of 8-high, 24 GB HBM3E in February 2024 for NVIDIA's H200. In June
            2024 it said its HBM was sold out for calendar 2024 and 2025. Micron's revenue was $25.1 billion in
            fiscal 2024, which ended on 29 August 2024, up from $15.5 billion in fiscal 2023."""),
            h("7. Pricing"),
            p("""HBM prices are negotiated a year ahead in long-term agreements. TrendForce reported in May 2024
            that suppliers had settled 2025 HBM prices with increases of 5% to 10%, even as conventional DRAM
            prices were expected to soften, because HBM capacity stayed short of demand."""),
            p("""The risk for suppliers is the reverse of the current shortage: all three are adding capacity, and
            HBM4, due in 2025-2026, will require new qualification cycles with each accelerator vendor."""),
        ),
    ),
)

DATACENTER_POWER = Report(
    stem="datacenter_power_2025",
    title="Data-Centre Electricity Demand: Global and US Estimates",
    running_title="Data-centre electricity demand",
    date="12 May 2025",
    iso_date="2025-05-12",
    keywords=("electricity", "IEA", "LBNL", "data centres", "TWh"),
    pages=(
        (
            h("1. Summary"),
            p("""Electricity has become the scarcest input for AI data centres. Estimates of how much power data
            centres use differ with scope and method, so this report sets out the main published figures side
            by side, with their sources, for the world (International Energy Agency) and for the United States
            (Lawrence Berkeley National Laboratory)."""),
            h("2. IEA, Electricity 2024"),
            p("""In its Electricity 2024 report, published in January 2024, the IEA estimated that data centres,
            cryptocurrencies and artificial intelligence consumed about 460 TWh of electricity worldwide in 2022,
            almost 2% of global electricity demand."""),
            p("""The same report projected that this consumption could reach between 620 TWh and 1,050 TWh in
            2026, depending on the pace of deployment and efficiency gains."""),
        ),
        (
            h("3. IEA, Energy and AI"),
            p("""The IEA's Energy and AI report of April 2025 estimated that data centres consumed around 415 TWh
            of electricity in 2024, about 1.5% of global electricity consumption. Unlike the 2022 figure above,
            this estimate excludes cryptocurrency mining."""),
            p("""In the IEA's base case, data-centre electricity consumption more than doubles to around 945 TWh
            by 2030. The United States accounted for 45% of data-centre electricity consumption in 2024, China
            for 25% and Europe for 15%."""),
            p("""The IEA projects that US data-centre consumption rises by around 240 TWh, or 130%, between 2024
            and 2030, so that data centres account for almost half of the growth in US electricity demand over
            the period."""),
        ),
        (
            h("4. United States, LBNL"),
            p("""The 2024 United States Data Center Energy Usage Report from Lawrence Berkeley National Laboratory
            estimated that US data centres consumed about 176 TWh in 2023, 4.4% of total US electricity
            consumption, up from 76 TWh, or 1.9%, in 2018."""),
            p("""For 2028 the report gave a range of 325 TWh to 580 TWh, equal to 6.7% to 12% of projected US
            electricity consumption, with the spread driven mainly by how many AI servers are installed."""),
            Table(
                caption="Table 1. US data-centre electricity use, LBNL estimates",
                unit="(TWh)",
                header=("Scenario", "2018", "2023", "2028"),
                rows=(
                    ("Low scenario", "76", "176", "325"),
                    ("High scenario", "76", "176", "580"),
                ),
                note="2018 and 2023 are estimates of actual use and are the same in both scenarios.",
            ),
            p("""The Electric Power Research Institute (EPRI), using a different method, projected in May 2024 that
            data centres could consume between 4.6% and 9.1% of US electricity by 2030."""),
        ),
        (
            h("5. Securing supply"),
            p("""Operators have turned to long-term contracts with existing generators. In March 2024 Talen Energy
            sold its data-centre campus next to the Susquehanna nuclear plant in Pennsylvania to Amazon Web
            Services for $650 million. In September 2024 Constellation Energy agreed a 20-year power purchase
            agreement with Microsoft to restart the 835 MW Three Mile Island Unit 1 reactor."""),
            p("""In October 2024 Google agreed to buy power from small modular reactors to be developed by Kairos
            Power, with a target of 500 MW by 2035. These contracts add little supply before the end of the
            decade, so grid connection queues and gas-fired generation remain the near-term constraints."""),
        ),
    ),
)

REPORTS: tuple[Report, ...] = (HYPERSCALER_CAPEX, AI_ACCELERATORS, HBM_MEMORY, DATACENTER_POWER)


class _ReportPDF(FPDF):
    """An A4 page with a running header (report title) and footer (page N of M)."""

    def __init__(self, report: Report) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.report = report
        self.set_margins(left=22, top=22, right=22)
        self.set_auto_page_break(auto=True, margin=22)

    def header(self) -> None:
        self.set_font("Helvetica", size=8)
        self.set_text_color(110)
        self.set_y(10)
        self.cell(0, 5, f"{AUTHOR} | {self.report.running_title}", align="L")
        self.ln(12)
        self.set_text_color(0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.set_text_color(110)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0)


def _write_cover(pdf: _ReportPDF, report: Report) -> None:
    pdf.set_font("Helvetica", style="B", size=18)
    pdf.multi_cell(0, 9, report.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, f"Author: {AUTHOR}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"Date: {report.date}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)


def _write_table(pdf: _ReportPDF, table: Table) -> None:
    width = pdf.w - pdf.l_margin - pdf.r_margin
    value_w = 24.0
    label_w = width - value_w * (len(table.header) - 1)
    pdf.ln(2)
    pdf.set_font("Helvetica", style="B", size=10)
    pdf.multi_cell(0, 6, table.caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="I", size=9)
    pdf.cell(0, 5, table.unit, new_x="LMARGIN", new_y="NEXT")
    for i, row in enumerate((table.header, *table.rows)):
        bold = i == 0 or row[0] == "Total"
        pdf.set_font("Helvetica", style="B" if bold else "", size=10)
        pdf.cell(label_w, 6, row[0], border="B" if i == 0 else 0)
        for j, value in enumerate(row[1:]):
            last = j == len(row) - 2
            pdf.cell(value_w, 6, value, border="B" if i == 0 else 0, align="R",
                     new_x="LMARGIN" if last else "RIGHT", new_y="NEXT" if last else "TOP")
    if table.note:
        pdf.ln(1)
        pdf.set_font("Helvetica", style="I", size=8)
        pdf.multi_cell(0, 4, "Note: " + " ".join(table.note.split()), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def render(report: Report) -> FPDF:
    pdf = _ReportPDF(report)
    pdf.set_title(report.title)
    pdf.set_author(AUTHOR)
    pdf.set_subject("AI infrastructure market report")
    pdf.set_keywords(", ".join(report.keywords))
    pdf.set_creation_date(dt.datetime.fromisoformat(report.iso_date + "T09:00:00+00:00"))
    pdf.alias_nb_pages("{nb}")
    for n, blocks in enumerate(report.pages):
        pdf.add_page()
        if n == 0:
            _write_cover(pdf, report)
        for block in blocks:
            if isinstance(block, Table):
                _write_table(pdf, block)
            elif block[0] == "h":
                pdf.ln(2)
                pdf.set_font("Helvetica", style="B", size=12)
                pdf.multi_cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            else:
                pdf.set_font("Helvetica", size=10)
                pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
    if pdf.page_no() != len(report.pages):
        raise SystemExit(f"{report.stem}: text overflowed, {pdf.page_no()} pages instead of {len(report.pages)}")
    return pdf


def write_reports(reports: "tuple[Report, ...] | list[Report]", out: Path) -> None:
    """Render each report to ``out/<stem>.pdf`` (the folder made if missing): the corpus's build and every
    held-out set's ``build_pdf.py`` (``eval/datasets/<set>/``) write their PDFs through this one function."""
    out.mkdir(parents=True, exist_ok=True)
    for report in reports:
        target = out / f"{report.stem}.pdf"
        render(report).output(str(target))
        print(f"wrote {target} ({len(report.pages)} pages)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PDFs (default: corpus/)")
    args = parser.parse_args(argv)
    write_reports(REPORTS, args.out)


if __name__ == "__main__":
    main()
