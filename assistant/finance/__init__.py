"""finance: statement rows and sentences -> Facts (extract), formulas over facts (formulas)."""
