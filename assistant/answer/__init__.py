"""answer: question + hits -> Answer (answerer), the facts path (facts_path) and the checks (checks)."""
