"""Builds questions.jsonl for fbx26 and checks every gold figure and evidence text (run with mia's .venv python)."""
import json, re, sys
from pathlib import Path

SET = "fbx26"
OUT = Path(__file__).resolve().parent / "questions.jsonl"
REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "financebench"

M, D, N, U = "metrics-generated", "domain-relevant", "novel-generated", "unanswerable"
IE, IEN, IEL = "Information extraction", "Information extraction + Numerical reasoning", "Information extraction + Logical reasoning"

Q = []  # (doc, company, type, reasoning, question, answer, justification, [(page, text)])

def q(doc, company, typ, reasoning, question, answer, justification, evidence):
    Q.append(dict(doc=doc, company=company, typ=typ, reasoning=reasoning, question=question, answer=answer,
                  justification=justification, evidence=evidence))

# ---- gold figures, recomputed from the rows the reader gives ----
def pct(a, b): return round(a / b * 100, 2)
def growth(a, b): return round((a / b - 1) * 100, 2)
assert pct(68, 132) == 51.52 and pct(76, 132) == 57.58
assert growth(459, 225) == 104.0 and round((0.307 / 0.148 - 1) * 100, 1) == 107.4
assert pct(59657810, 59657810 + 294935) == 99.51 and pct(54484293, 54484293 + 16105005) == 77.18
assert pct(243.1, 18992.8) == 1.28 and pct(239.3, 18127.0) == 1.32
assert round(8348 / 623, 2) == 13.40 and round(9123 / 569, 2) == 16.03
assert pct(114949, 300998) == 38.19 and pct(661580, 1845652) == 35.85 and pct(300998, 2146650) == 14.02
assert pct(6589, 40127) == 16.42 and pct(5122, 36151) == 14.17 and growth(6589, 5122) == 28.64
assert pct(901248622, 901248622 + 110102370) == 89.11
assert round(11162 / 1988, 2) == 5.61 and round(10080 / 1252, 2) == 8.05
assert round(328.1e6 / 722457, 2) == 454.14
assert pct(106510, 495761) == 21.48 and pct(101853, 481317) == 21.16
assert pct(8729, 32580) == 26.79 and pct(8440, 14403) == 58.60
assert 2619 - 1062 == 1557 and round((2619 / 1062 - 1) * 100, 1) == 146.6
assert 290 - 159 == 131 and round((290 / 159 - 1) * 100) == 82
assert round(320 / 991 * 100, 1) == 32.3 and round(309 / 900 * 100, 1) == 34.3
assert 76 + 29 + 27 == 132 and 19 + 68 + 20 + 25 == 132
assert round(2627 / 2277 * 100 - 100) == 15 and round(10750.5 / 9925.2 * 100 - 100) == 8

# ---------------- Activision Blizzard ----------------
q("ACTIVISIONBLIZZARD_2019_10K", "Activision Blizzard", M, IEN,
  "Which of Activision Blizzard's reportable segments absorbed the largest share of the company's 2019 restructuring and related costs, and what percentage of the total did it account for? Round to two decimal places.",
  "Blizzard: $68 million of the $132 million total restructuring and related costs in 2019, or 51.52%. Activision bore $19 million, King $20 million and other segments (corporate and units outside the reportable segments) $25 million.",
  "Restructuring note, costs by segment for 2019: Activision 19, Blizzard 68, King 20, other segments 25, total 132 (USD millions). 68 / 132 = 51.52%.",
  [(112, "Total restructuring and related costs by segment are (amounts in millions): Year Ended December 31, 2019 Activision $ 19 Blizzard 68 King 20 Other segments (1) 25 Total $ 132")])
q("ACTIVISIONBLIZZARD_2019_10K", "Activision Blizzard", D, IEL,
  "Activision Blizzard's restructuring and related costs jumped in 2019. What was the restructuring meant to achieve, how much did it cost in 2019 compared with 2018, what did the charge consist of, and how much more does the company expect to spend on it?",
  "The 2019 restructuring plan aimed to refocus resources on the company's largest opportunities and remove unnecessary complexity and duplication in parts of the business. Restructuring and related costs were $132 million in 2019 (2% of net revenues) against $10 million in 2018, an increase of $122 million. Of the $132 million, $76 million was severance and employee related costs, $29 million facilities and related costs and $27 million other costs (asset write-downs); a further $5 million inventory write-down was booked in cost of revenues. The company expects aggregate pre-tax charges of about $190 million for the plan, with about $50 million still to come in 2020 (roughly 60% severance, 20% facilities, 20% other).",
  "MD&A restructuring table and paragraph (132 vs 10, increase 122); restructuring note table (76 + 29 + 27 = 132) and the expected total (~$190 million, ~$50 million in 2020).",
  [(46, "Restructuring and related costs $ 132 2% $ 10 —% $ 122 During 2019, we implemented our previously announced restructuring plan, which was aimed at refocusing our resources on our largest opportunities and to remove unnecessary levels of complexity and duplication from certain parts of our business."),
   (112, "Severance and employee related costs Facilities and related costs Other costs Total Balance at December 31, 2018 $ — $ — $ — $ — Costs charged to expense 76 29 27 132"),
   (113, "We expect to incur aggregate pre-tax restructuring charges of approximately $190 million associated with the restructuring plan, which includes the inventory write-down discussed above. Approximately $50 million of these charges are expected to be incurred in 2020")])

# ---------------- Amcor ----------------
q("AMCOR_2023_10K", "Amcor", D, IEL,
  "Amcor's interest expense rose sharply in fiscal 2023 (year ended June 30, 2023). By how much did it increase, what was it as a share of net sales compared with fiscal 2022, and what caused the increase?",
  "Interest expense rose $131 million, or 82%, to $290 million in fiscal 2023 from $159 million in fiscal 2022, lifting it from 1.1% to 2.0% of net sales. The company attributes the increase mainly to higher interest rates on its U.S. dollar and euro denominated variable rate debt (interest income also rose, by $7 million to $31 million, on higher rates on cash balances).",
  "MD&A, Consolidated Interest Expense table and paragraph: 290 vs 159; 290 - 159 = 131; 131 / 159 = 82%.",
  [(32, "Consolidated Interest Expense ($ in millions) 2023 2022 Interest expense $ (290) $ (159) Interest expense as a percentage of net sales (2.0)% (1.1)% Interest expense increased by $131 million, or 82%, in fiscal year 2023, compared to fiscal year 2022, primarily driven by increased interest rates on U.S. dollar and Euro denominated variable rate debt.")])
q("AMCOR_2023Q2_10Q", "Amcor", M, IEN,
  "By what percentage did Amcor's net income attributable to Amcor plc and its diluted earnings per share grow in the three months ended December 31, 2022 compared with the three months ended December 31, 2021? Use the condensed consolidated statements of income and round to one decimal place.",
  "Net income attributable to Amcor plc rose 104.0%, from $225 million to $459 million, and diluted EPS rose 107.4%, from $0.148 to $0.307 (the quarter included a $213 million net gain in restructuring and other related activities, mainly from the sale of the Russian business).",
  "Condensed consolidated statements of income, three months ended December 31: net income attributable to Amcor plc 459 (2022) and 225 (2021); diluted EPS 0.307 and 0.148. 459/225 - 1 = 104.0%; 0.307/0.148 - 1 = 107.4%.",
  [(4, "Net income attributable to Amcor plc $ 459 $ 225 $ 691 $ 427"),
   (4, "Diluted earnings per share: $ 0.307 $ 0.148 $ 0.461 $ 0.279"),
   (4, "Restructuring and other related activities, net 213 (10) 212 (18)")])
q("AMCOR_2023Q4_EARNINGS", "Amcor", D, IEL,
  "Amcor's Rigid Packaging segment reported 4% higher net sales for fiscal 2023. Did the business actually grow? Break the change down and say what happened to its adjusted EBIT and margin.",
  "No. Net sales rose 4% to $3,540 million (from $3,393 million) only because about $260 million (8 points) of higher raw material costs were passed through; currency cost about 1 point. On a comparable constant currency basis sales fell about 3%: price/mix added about 1% but volumes were about 4% lower (North American beverage volumes down 6%, Latin America down at low single digit rates). Adjusted EBIT fell 8% to $265 million from $289 million (7% lower in comparable constant currency) on lower volumes and unfavorable mix, partly offset by favorable operating costs; the adjusted EBIT margin fell from 8.5% to 7.5%, including about 80 basis points of dilution from the pass-through of higher costs.",
  "Fiscal 2023 results release, Rigid Packaging twelve-month table and commentary.",
  [(3, "Rigid Packaging Twelve Months Ended June 30, Reported ∆% Comparable constant 2022 $ million 2023 $ million currency ∆% Net sales 3,393 3,540 4 (3) Adjusted EBIT 289 265 (8) (7) Adjusted EBIT / Sales % 8.5 7.5"),
   (3, "On a comparable constant currency basis, net sales were approximately 3% lower than last year, reflecting price/mix benefits of approximately 1% offset by approximately 4% lower volumes."),
   (3, "Adjusted EBIT margin of 7.5% includes an adverse impact of approximately 80 basis points related to the increased sales dollars associated with passing through higher raw material costs and general inflation.")])

# ---------------- CVS Health ----------------
q("CVSHEALTH_2018_10K", "CVS Health", D, IEL,
  "CVS Health's interest expense more than doubled in 2018. How large was the increase, what caused it, and what senior notes did CVS issue that year to help pay for the cause?",
  "Interest expense rose $1,557 million (146.6%) to $2,619 million in 2018 from $1,062 million in 2017, primarily because of the financing for the Aetna acquisition. On March 9, 2018 CVS issued unsecured senior notes with an aggregate principal amount of $40.0 billion (the 2018 Notes), raising about $39.4 billion net of discounts and underwriting fees, to fund part of the Aetna purchase price.",
  "MD&A: interest expense increased $1.6 billion primarily due to Aetna financing; statement of operations: interest expense 2,619 (2018) and 1,062 (2017), 2,619 - 1,062 = 1,557 (146.6%); borrowings note: 2018 Notes of $40.0 billion, proceeds about $39.4 billion.",
  [(267, "Interest expense increased $1.6 billion during 2018 , primarily due to financing activity associated with the Aetna Acquisition."),
   (266, "Interest expense 2,619 1,062 1,078 1,557 146.6 %"),
   (348, "On March 9, 2018, the Company issued the 2018 Notes with an aggregate principal amount of $40.0 billion , for total proceeds of approximately $39.4 billion , net of discounts and underwriting fees. The net proceeds of the 2018 Notes were used to fund a portion of the Aetna Acquisition.")])
q("CVSHEALTH_2018_10K", "CVS Health", U, IE,
  "How much revenue did CVS Health's MinuteClinic walk-in clinics generate in 2018, in USD millions?",
  "",
  "The FY2018 10-K gives no MinuteClinic revenue figure. It says CVS operated about 1,100 MinuteClinic locations and that services paid for by employers, insurers or other third parties made up about 91% of MinuteClinic's revenues, and it gives the Retail/LTC revenue mix (pharmacy 76.4%, front store and other 23.6%), but never the clinics' revenue in dollars.",
  [])
q("CVSHEALTH_2022_10K", "CVS Health", N, IE,
  "How many proprietary brand products did CVS Health carry in 2022, what share of front store revenues did they account for, and what share of Retail/LTC revenues came from the pharmacy?",
  "CVS carried approximately 5,500 proprietary brand products, which accounted for approximately 21% of front store revenues in 2022. Pharmacy made up 76.9% of Retail/LTC revenues in 2022 (76.0% in 2021), with front store and other at 23.1%.",
  "Business section, Retail/LTC segment.",
  [(13, "The Company currently carries approximately 5,500 proprietary brand products, which accounted for approximately 21% of front store revenues during 2022."),
   (12, "Retail/LTC revenues by major product group are as follows: Percentage of Revenues 2022 2021 2020 Pharmacy 76.9 % 76.0 % 76.9 % Front store and other 23.1 % 24.0 % 23.1 %")])

# ---------------- Foot Locker ----------------
q("FOOTLOCKER_2022_8K_dated-2022-05-20", "Foot Locker", M, IEN,
  "In the board election at Foot Locker's May 18, 2022 annual meeting, which director nominee won the highest percentage of the votes cast for or against (ignoring abstentions and broker non-votes), and what was that percentage? Round to two decimal places.",
  "Virginia C. Drosos, with 59,657,810 votes for and 294,935 against, or 99.51% of the votes cast for or against. Every other nominee received between about 77.2% (Richard A. Johnson) and 92.6% (Tristan Walker).",
  "Item 5.07 table, Proposal 1: Drosos 59,657,810 for, 294,935 against. 59,657,810 / (59,657,810 + 294,935) = 99.51%. Johnson 54,484,293 / (54,484,293 + 16,105,005) = 77.18%.",
  [(1, "Virginia C. Drosos 59,657,810 294,935 10,714,238 6,884,223")])
q("FOOTLOCKER_2022_8K_dated_2022-08-19", "Foot Locker", N, IE,
  "How long does Mary Dillon's initial employment term as Foot Locker's CEO run under the agreement disclosed in the company's August 2022 8-K, and how can it be extended?",
  "The employment agreement (dated August 16, 2022) runs from August 19, 2022 through January 31, 2026 (or the last day of fiscal 2025 if that is not January 31, 2026), with her appointment as President and CEO effective September 1, 2022. The term extends automatically for additional one-year terms unless either party gives 180 days' notice of non-renewal.",
  "Item 5.02 of the 8-K.",
  [(1, "which provides for an employment term commencing August 19, 2022 through January 31, 2026 (or the last day of the Company’s 2025 fiscal year if such date does not fall on January 31, 2026), and her appointment as President and Chief Executive Officer of the Company, effective September 1, 2022. The employment term will automatically be extended for additional one-year terms unless either party provides 180 days’ notice of non-renewal.")])

# ---------------- General Mills ----------------
q("GENERALMILLS_2019_10K", "General Mills", N, IE,
  "What did General Mills pay for Blue Buffalo, how did it finance the deal, and how are Blue Buffalo's results reported? Answer from the FY2019 10-K.",
  "General Mills acquired Blue Buffalo Pet Products in fiscal 2018 (fourth quarter) for an aggregate purchase price of $8.0 billion, including $103 million of consideration for net debt repaid. It financed the deal with $6.0 billion of debt, $1.0 billion of equity and cash on hand. Blue Buffalo is reported as the Pet operating segment on a one-month lag.",
  "Item 1 (Business) and the acquisitions note.",
  [(2, "in fiscal 2018, we acquired Blue Buffalo for an aggregate purchase price of $8.0 billion. We financed the transaction with a combination of $6.0 billion in debt, $1.0 billion in equity, and cash on hand. The consolidated results of Blue Buffalo are reported as our Pet operating segment on a one-month lag."),
   (63, "During the fourth quarter of fiscal 2018, we acquired Blue Buffalo Pet Products, Inc. (“Blue Buffalo”) for an aggregate purchase price of $8.0 billion, including $103.0 million of consideration for net debt repaid at the time of the acquisition.")])
q("GENERALMILLS_2020_10K", "General Mills", D, IEL,
  "General Mills' North America Retail segment grew net sales 8% in fiscal 2020. Was that growth driven by volume or by pricing, which operating unit led it, and what drove the segment's operating profit?",
  "Volume. North America Retail net sales rose 8% to $10,750.5 million from $9,925.2 million, primarily because of the COVID-19 pandemic: volume contributed 10 points (including 2 points from the 53rd week), while net price realization and mix subtracted 1 point and currency was flat; organic net sales grew 6%. U.S. Meals & Baking led with 15% growth (to $4,408.5 million), ahead of U.S. Cereal (8%), Canada (4%), U.S. Snacks (2%) and U.S. Yogurt and other (1%). Segment operating profit rose 15% to $2,627 million from $2,277 million, driven by higher volume and the 53rd week.",
  "MD&A, North America Retail segment: net sales table with components (volume 10 pts, price/mix (1) pt), operating unit table and operating profit sentence.",
  [(21, "North America Retail net sales were as follows: Fiscal 2020 Fiscal 2020 vs. 2019 Percentage Change Fiscal 2019 Net sales (in millions) $ 10,750.5 8 % $ 9,925.2 Contributions from volume growth (a) 10 pts Net price realization and mix (1)pt"),
   (22, "U.S. Meals & Baking $ 4,408.5 15 % $ 3,839.8 U.S. Cereal 2,434.1 8 % 2,255.4 U.S. Snacks 2,091.9 2 % 2,060.9 U.S. Yogurt and other 919.0 1 % 906.7 Canada (a) 897.0 4 % 862.4 Total $ 10,750.5 8 % $ 9,925.2"),
   (22, "Segment operating profit increased 15 percent to $2,627 million in fiscal 2020, compared to $2,277 million in fiscal 2019, primarily driven by higher contributions from volume growth and the impact of the 53rd week in fiscal 2020.")])
q("GENERALMILLS_2022_10K", "General Mills", M, IEN,
  "What was General Mills' research and development expense as a percentage of net sales in fiscal 2022 and in fiscal 2021? Round to two decimal places.",
  "1.28% in fiscal 2022 ($243.1 million of R&D on net sales of $18,992.8 million) against 1.32% in fiscal 2021 ($239.3 million on $18,127.0 million): R&D grew about 1.6% while net sales grew about 4.8%.",
  "Supplemental information note (certain statement of earnings amounts): R&D 243.1 (2022), 239.3 (2021); consolidated statements of earnings: net sales 18,992.8, 18,127.0. 243.1/18,992.8 = 1.28%; 239.3/18,127.0 = 1.32%.",
  [(86, "Research and development expense 243.1 239.3 224.4"),
   (44, "Net sales $ 18,992.8 $ 18,127.0 $ 17,626.6")])

# ---------------- Lockheed Martin ----------------
q("LOCKHEEDMARTIN_2020_10K", "Lockheed Martin", N, IE,
  "How much did Lockheed Martin spend on company-funded research and development (independent R&D) in 2020, and how is that spending recovered?",
  "Company-funded R&D costs charged to cost of sales totaled $1.3 billion in 2020 (the same as in 2019 and 2018). These costs are allocated to customer contracts as part of general and administrative overhead and are generally recoverable on its U.S. Government contracts; customer-funded R&D is charged directly to the related contract.",
  "Note 1, research and development policy.",
  [(74, "Company-funded R&D costs are allocated to customer contracts as part of the general and administrative overhead costs and generally recoverable on our customer contracts with the U.S. Government."),
   (74, "Company-funded R&D costs charged to cost of sales totaled $1.3 billion in each of 2020, 2019 and 2018.")])
q("LOCKHEEDMARTIN_2021_10K", "Lockheed Martin", U, IE,
  "What operating profit did Lockheed Martin earn on the F-35 program in 2021, in USD millions, and what operating margin does that represent?",
  "",
  "The FY2021 10-K does not report operating profit for the F-35 program. It says the F-35 generated 27% of consolidated net sales and 68% of Aeronautics' net sales, gives Aeronautics' segment operating profit ($2,799 million) and says F-35 operating profit was about $70 million lower than in 2020, but never the program's profit or margin.",
  [])
q("LOCKHEEDMARTIN_2022_10K", "Lockheed Martin", M, IEN,
  "Define interest coverage as operating profit divided by interest expense, both from the consolidated statements of earnings. What was Lockheed Martin's interest coverage in 2022 and in 2021? Round to two decimal places.",
  "13.40x in 2022 (operating profit $8,348 million / interest expense $623 million) against 16.03x in 2021 ($9,123 million / $569 million): operating profit fell while interest expense rose.",
  "Consolidated statements of earnings: operating profit 8,348 (2022), 9,123 (2021); interest expense 623, 569. 8,348/623 = 13.40; 9,123/569 = 16.03.",
  [(62, "Operating profit 8,348 9,123 8,644 Interest expense (623) (569) (591)")])

# ---------------- MGM Resorts ----------------
q("MGMRESORTS_2018_10K", "MGM Resorts", D, IEL,
  "MGM Resorts' Regional Operations grew casino revenue in 2018 but its rooms revenue slipped. What explains each, and how did food and beverage revenue fare?",
  "Regional Operations casino revenue rose 10% in 2018, mainly from the opening of MGM Springfield (August 2018) and an 18% increase in both table games win and slots win at MGM National Harbor. Rooms revenue fell less than 1% because REVPAR dropped 2%, mainly on inclement weather and new competition in Atlantic City (two casino resorts opened there in June 2018, hurting Borgata), partly offset by MGM Springfield. Food and beverage revenue rose 5%, mainly from MGM Springfield's contribution.",
  "MD&A, Regional Operations revenue discussion.",
  [(36, "Regional Operations casino revenue increased 10% in 2018 compared to 2017 primarily due to the opening of MGM Springfield and an 18% increase in both table games win and slots win at MGM National Harbor."),
   (36, "Regional Operations rooms revenue decreased less than 1% in 2018 compared to 2017 due primarily to a 2% decrease in REVPAR primarily related to inclement weather and increased competition in the Atlantic City, New Jersey market, which was partially offset by contributions from MGM Springfield."),
   (36, "Regional Operations food and beverage revenue increased 5% in 2018 compared to 2017 due primarily to contributions from MGM Springfield.")])
q("MGMRESORTS_2022Q4_EARNINGS", "MGM Resorts", D, IEL,
  "MGM Resorts' Regional Operations grew net revenues in the fourth quarter of 2022, yet its Adjusted Property EBITDAR margin fell. By how much did revenue and EBITDAR grow, how far did the margin drop, and why?",
  "Regional Operations net revenues rose 10% to $991 million from $900 million on higher business volume, but Adjusted Property EBITDAR grew only 3%, to $320 million from $309 million. The margin fell 215 basis points to 32.2% from 34.4%, because lower-margin non-gaming outlets and venues contributed more and general and administrative expenses rose, the prior-year quarter having included a $16 million insurance recovery benefit related to Hurricane Zeta.",
  "Fourth-quarter 2022 release, Regional Operations bullets (320/991 = 32.3%, 309/900 = 34.3%; the release prints 32.2% and 34.4%).",
  [(1, "Regional Operations • Net revenues of $991 million in the current quarter compared to $900 million in the prior year quarter, an increase of 10% due to an increase in business volume; • Adjusted Property EBITDAR of $320 million in the current quarter compared to $309 million in the prior year quarter, an increase of 3%; and • Adjusted Property EBITDAR margin of 32.2% in the current quarter compared to 34.4% in the prior year quarter, a decrease of 215 basis points")])
q("MGMRESORTS_2023Q2_10Q", "MGM Resorts", M, IEN,
  "Using the same-store reconciliation in MGM Resorts' 10-Q for the second quarter of 2023, what Adjusted Property EBITDAR margin (Adjusted Property EBITDAR divided by net revenues) did The Cosmopolitan earn in the three months ended June 30, 2023, and how did it compare with the same-store Las Vegas Strip Resorts margin? Round to two decimal places.",
  "The Cosmopolitan (the 'Acquisitions' line) earned $114,949 thousand of Adjusted Property EBITDAR on $300,998 thousand of net revenues, a 38.19% margin, above the 35.85% margin of the same-store Las Vegas Strip Resorts ($661,580 thousand on $1,845,652 thousand). The Cosmopolitan provided about 14.02% of the segment's $2,146,650 thousand of net revenues.",
  "Supplemental same-store table, three months ended June 30, 2023 (thousands): acquisitions (The Cosmopolitan, footnote 1) net revenues 300,998 and Adjusted Property EBITDAR 114,949; same-store 1,845,652 and 661,580. 114,949/300,998 = 38.19%; 661,580/1,845,652 = 35.85%.",
  [(31, "Las Vegas Strip Resorts net revenues $ 2,146,650 $ 2,137,176 $ 4,322,802 $ 3,800,068 Acquisitions (300,998) (150,761) (609,166) (150,761)"),
   (31, "Las Vegas Strip Resorts same-store net revenues $ 1,845,652 $ 1,837,661 $ 3,713,636 $ 3,372,756 Las Vegas Strip Resorts Adjusted Property EBITDAR $ 776,529 $ 825,267 $ 1,612,338 $ 1,418,901 Acquisitions (114,949) (59,097) (244,803) (59,097)"),
   (31, "Las Vegas Strip Resorts Same-Store Adjusted Property EBITDAR $ 661,580 $ 722,792 $ 1,367,535 $ 1,283,534 (1) Excludes the net revenues and Adjusted Property EBITDAR of The Cosmopolitan.")])

# ---------------- Nike ----------------
q("NIKE_2019_10K", "Nike", D, IEL,
  "NIKE's gross margin expanded in fiscal 2019. By how much, and what drove the improvement and what held it back?",
  "Gross margin rose 90 basis points to 44.7% in fiscal 2019 from 43.8% in fiscal 2018 (gross profit up 10% to $17,474 million). The gains came mainly from higher full-price average selling prices (on a wholesale equivalent basis), favorable foreign currency exchange rates and growth in the higher-margin NIKE Direct business; they were partly offset by higher product costs, reflecting a shift in mix to higher-cost products and higher labor rates.",
  "MD&A overview and Gross Margin section.",
  [(25, "NIKE, Inc. gross margin increased 90 basis points primarily due to higher full-price average selling price (ASP), on a wholesale equivalent basis, favorable changes in foreign currency exchange rates and growth in NIKE Direct. These benefits were partially offset by higher product costs."),
   (30, "Gross margin increased 90 basis points to 44.7% for fiscal 2019 compared to 43.8% for fiscal 2018 due to the following:"),
   (30, "Higher NIKE Brand product costs are primarily due to shifts in mix to higher-cost products and an increase in labor rates compared to fiscal 2018.")])
q("NIKE_2023_10K", "Nike", M, IEN,
  "What share of NIKE Brand wholesale equivalent revenues did the Jordan Brand account for in fiscal 2023 and in fiscal 2022? Round to two decimal places.",
  "16.42% in fiscal 2023 ($6,589 million of $40,127 million) against 14.17% in fiscal 2022 ($5,122 million of $36,151 million); Jordan Brand revenues grew 29% (35% excluding currency changes), faster than the total's 11%.",
  "Revenues table, NIKE Brand wholesale equivalent revenues by consumer construct: Jordan Brand 6,589 and 5,122; total wholesale equivalent revenues 40,127 and 36,151. 6,589/40,127 = 16.42%; 5,122/36,151 = 14.17%.",
  [(35, "Jordan Brand 6,589 5,122 29 % 35 % 4,780 7 % 7 % Others(5) (839) (915) 8 % -3 % (508) -80 % -79 % TOTAL NIKE BRAND WHOLESALE EQUIVALENT REVENUES $ 40,127 $ 36,151 11 % 18 %")])

# ---------------- PepsiCo ----------------
q("PEPSICO_2021_10K", "PepsiCo", M, IEN,
  "Define interest coverage as operating profit divided by interest expense (the gross interest expense shown in PepsiCo's ROIC reconciliation, not the income statement's net interest expense and other line). What was PepsiCo's interest coverage in 2021 and in 2020? Round to two decimal places.",
  "5.61x in 2021 (operating profit $11,162 million / interest expense $1,988 million) against 8.05x in 2020 ($10,080 million / $1,252 million): interest expense rose about 59% while operating profit grew 11%.",
  "Consolidated statement of income: operating profit 11,162 (2021), 10,080 (2020). ROIC table: interest expense 1,988, 1,252. 11,162/1,988 = 5.61; 10,080/1,252 = 8.05.",
  [(60, "Operating Profit 11,162 10,080 10,291"),
   (53, "Interest expense 1,988 1,252")])
q("PEPSICO_2023_8K_dated-2023-05-05", "PepsiCo", M, IEN,
  "At PepsiCo's May 3, 2023 annual meeting, what percentage of the votes cast for or against (excluding abstentions and broker non-votes) approved the advisory vote on executive compensation? Round to two decimal places.",
  "89.11%: 901,248,622 votes for against 110,102,370 against (8,796,897 abstained and 172,969,325 were broker non-votes), so say-on-pay was approved.",
  "Item 5.07, proposal (3): 901,248,622 / (901,248,622 + 110,102,370) = 89.11%.",
  [(2, "The shareholders approved, on an advisory basis, PepsiCo’s executive compensation: For 901,248,622 Against 110,102,370 Abstain 8,796,897 Broker Non-Votes 172,969,325")])
q("PEPSICO_2023Q1_EARNINGS", "PepsiCo", U, IE,
  "How much did PepsiCo spend on advertising and marketing in the first quarter of 2023 (the 12 weeks ended March 25, 2023), in USD millions?",
  "",
  "PepsiCo's first-quarter 2023 release gives selling, general and administrative expenses, division results and organic growth, but no advertising or marketing figure for the quarter. Annual advertising and marketing ($5.2 billion in 2022) appears only in the FY2022 10-K.",
  [])

# ---------------- Pfizer ----------------
q("PFIZER_2021_10K", "Pfizer", M, IEN,
  "What share of its total net cash provided by operating activities did Pfizer pay out as cash dividends in 2021 and in 2020, according to the consolidated statements of cash flows? Round to two decimal places.",
  "26.79% in 2021 (cash dividends paid $8,729 million / net cash provided by operating activities $32,580 million) against 58.60% in 2020 ($8,440 million / $14,403 million): dividends rose 3.4% while operating cash flow more than doubled.",
  "Consolidated statements of cash flows: cash dividends paid 8,729 (2021), 8,440 (2020); net cash provided by operating activities 32,580, 14,403. 8,729/32,580 = 26.79%; 8,440/14,403 = 58.60%.",
  [(60, "Net cash provided by operating activities 32,580 14,403 12,588"),
   (60, "Cash dividends paid (8,729) (8,440) (8,043)")])
q("PFIZER_2021_10K", "Pfizer", U, IE,
  "How much Comirnaty revenue did Pfizer record in Developed Europe in 2021, in USD millions?",
  "",
  "The 2021 10-K splits Comirnaty revenues only into U.S. ($7,809 million) and International ($28,972 million), $36,781 million worldwide; it gives revenues by geographic region for the company as a whole but not Comirnaty's revenue in Developed Europe or any other region.",
  [])
q("Pfizer_2023Q2_10Q", "Pfizer", N, IE,
  "What research and development funding arrangement did Pfizer enter into with Blackstone in 2023, and how did it affect R&D expenses in the second quarter of 2023?",
  "In April 2023 Pfizer agreed with Blackstone that Blackstone will provide up to $550 million in 2023 through 2026 to co-fund development costs for specified treatments. Because risk is transferred, Pfizer books the funding as a reduction of R&D expenses; the reduction in the second quarter of 2023 was $45 million. If the treatments are approved, Blackstone can receive approval-based fixed milestone payments of up to $468 million.",
  "Note on collaborative arrangements / R&D funding arrangement with Blackstone.",
  [(14, "In April 2023, we entered into an arrangement with Blackstone under which we will receive up to a total of $550 million in 2023 through 2026 to co-fund our quarterly development costs for specified treatments."),
   (14, "The reduction to Research and development expenses for the second quarter of 2023 was $45 million."),
   (14, "Blackstone will be eligible to receive approval-based fixed milestone payments of up to $468 million")])

# ---------------- Ulta Beauty ----------------
q("ULTABEAUTY_2023Q4_EARNINGS", "Ulta Beauty", M, IEN,
  "What average price per share did Ulta Beauty pay for the shares it repurchased in the fourth quarter of fiscal 2022? Round to two decimal places.",
  "About $454.14 per share: 722,457 shares repurchased at a cost of $328.1 million in the fourth quarter of fiscal 2022 (for the full year, 2.2 million shares for $900.0 million; $1.1 billion remained under the $2.0 billion program).",
  "Earnings release, Share Repurchase Program: 328.1 million / 722,457 shares = $454.14.",
  [(2, "During the fourth quarter of fiscal 2022, the Company repurchased 722,457 shares of its common stock at a cost of $328.1 million.")])

# ---------------- Walmart ----------------
q("WALMART_2018_10K", "Walmart", M, IEN,
  "What were Walmart's operating, selling, general and administrative expenses as a percentage of net sales in fiscal 2018 and fiscal 2017 (years ended January 31)? Round to two decimal places, and say what kept Walmart from leveraging these expenses in fiscal 2018.",
  "21.48% in fiscal 2018 ($106,510 million on net sales of $495,761 million) against 21.16% in fiscal 2017 ($101,853 million on $481,317 million), up about 32 basis points: expenses grew 4.6% against net sales growth of 3.0%. Walmart did not leverage expenses because of about $0.6 billion of charges for Sam's Club closures and discontinued real estate projects, about $400 million for a lump-sum bonus to associates, $300 million of Home Office severance, a $283 million legal accrual for the FCPA matter, a $244 million charge for Walmart U.S. discontinued real estate projects, and the decisions to exit certain international properties and wind down first-party Brazil eCommerce.",
  "Consolidated statements of income: operating, selling, general and administrative expenses 106,510 and 101,853; net sales 495,761 and 481,317. 106,510/495,761 = 21.48%; 101,853/481,317 = 21.16%. MD&A operating discipline paragraph for the reasons (printed 21.5% and 21.2%, +32 bps).",
  [(56, "Net sales $ 495,761 $ 481,317 $ 478,614"),
   (56, "Operating, selling, general and administrative expenses 106,510 101,853 97,041"),
   (37, "we did not leverage expenses as a result of approximately $0.6 billion of charges related to Sam's Club closures and discontinued real estate projects, approximately $400 million related to a lump sum bonus paid to associates, $300 million related to Home Office severance, a legal accrual of $283 million related to the FCPA matter, a charge of $244 million related to Walmart U.S. discontinued real estate projects")])
q("WALMART_2020_10K", "Walmart", U, IE,
  "How many Sam's Club members did Walmart have at the end of fiscal 2020 (January 31, 2020), and how many of them were Plus members?",
  "",
  "The FY2020 10-K gives Sam's Club membership fees ($100 Plus, $45 Club), add-on rules and membership and other income, and says total members grew with higher renewal rates and higher Plus Member penetration, but it never states the number of members or Plus members.",
  [])

assert round((243.1 / 239.3 - 1) * 100, 1) == 1.6 and round((18992.8 / 18127.0 - 1) * 100, 1) == 4.8
assert round((1988 / 1252 - 1) * 100) == 59 and round((8729 / 8440 - 1) * 100, 1) == 3.4

# ---------------- build and check ----------------
def main():
    sys.path.insert(0, str(REPO))
    from assistant.documents.readers.base import read_document
    docs = {json.loads(l)["doc_name"]: json.loads(l) for l in open(SHARED / "documents.jsonl") if l.strip()}
    cache = {}
    def pages(doc):
        if doc not in cache:
            _, read = read_document(SHARED / "pdfs" / f"{doc}.pdf")
            cache[doc] = [" ".join(p.text.split()) for p in read]
        return cache[doc]
    rows = []
    for i, x in enumerate(Q, 1):
        assert docs[x["doc"]]["company"] == x["company"], x["doc"]
        ev = []
        for page, text in x["evidence"]:
            t = " ".join(text.split())
            assert t in pages(x["doc"])[page], (i, page, text[:60])
            ev.append({"doc_name": x["doc"], "evidence_page_num": page, "evidence_text": t})
        assert (x["typ"] == U) == (x["answer"] == "" and not ev), i
        rows.append({"financebench_id": f"{SET}_{i:03d}", "doc_name": x["doc"], "company": x["company"],
                     "question_type": x["typ"], "question_reasoning": x["reasoning"], "question": x["question"],
                     "answer": x["answer"], "justification": x["justification"], "evidence": ev})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from collections import Counter
    print(len(rows), Counter(r["question_type"] for r in rows), len({r["doc_name"] for r in rows}), "filings")


if __name__ == "__main__":
    main()
