"""llm: the LLM protocol (base: Prompt, LLM, FakeLLM, get_llm) and backends (llama, openai)."""
