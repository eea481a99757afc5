"""LangChain faces: message inputs, search_kwargs, and streams that carry checked text only."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("langchain_core")

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage  # noqa: E402
from langchain_core.prompts import ChatPromptTemplate  # noqa: E402

from assistant.lc_adapters import read_input  # noqa: E402

DOC = ("# Acme Cloud capital expenditure\n\nAcme Cloud spent $55.7 billion on capital expenditures in fiscal year "
       "2024, up from $32.3 billion in fiscal year 2023. Most of it went to servers.\n")
OTHER = "# Beta Chips\n\nBeta Chips reported data-centre revenue of $12.6 billion in 2024.\n"


def test_inputs_are_read_as_the_last_human_message():
    assert read_input("capex?") == ("capex?", None, None)
    assert read_input(HumanMessage("What did Acme spend?"))[0] == "What did Acme spend?"
    chat = [SystemMessage("be brief"), HumanMessage("first question"), AIMessage("an answer"), HumanMessage("and 2023?")]
    assert read_input(chat)[0] == "and 2023?"
    assert read_input([("system", "x"), ("human", "tuple question")])[0] == "tuple question"
    assert read_input([{"role": "user", "content": "dict question"}, {"role": "assistant", "content": "a"}])[0] == \
        "dict question"
    assert read_input({"messages": chat, "filters": {"company": "Acme"}, "k": 3}) == ("and 2023?", {"company": "Acme"}, 3)
    assert read_input({"question": "q", "filter": "company=Acme"}) == ("q", "company=Acme", None)
    prompt = ChatPromptTemplate.from_messages([("system", "be brief"), ("human", "{q}")]).invoke({"q": "templated"})
    assert read_input(prompt)[0] == "templated"
    with pytest.raises(ValueError, match="no human message"):
        read_input([SystemMessage("only a system prompt")])
    with pytest.raises(ValueError, match="needs a question"):
        read_input({"question": "  "})


@pytest.fixture
def assistant(tmp_path):
    from assistant.api import Assistant
    from assistant.llm.fake import FakeLLM

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "acme_capex.md").write_text(DOC)
    (docs / "beta_chips.md").write_text(OTHER)
    a = Assistant.open(tmp_path / "idx", embedder="hash", llm="fake", use_facts=False)
    a.ingest(docs, progress=False)
    a._llm = FakeLLM("Acme Cloud spent $99.9 billion on servers in fiscal year 2024 [1].")  # an invented figure
    return a


def test_stream_and_astream_carry_only_checked_text(assistant):
    runnable = assistant.as_runnable()
    question = [HumanMessage("How much did Acme Cloud spend on capital expenditures in fiscal year 2024?")]
    chunks = list(runnable.stream(question))
    streamed = "".join(c.get("answer", "") for c in chunks)
    assert "99.9" not in streamed and streamed.strip()
    total = chunks[0]
    for c in chunks[1:]:
        total = total + c
    invoked = runnable.invoke(question)
    assert total["answer"] == invoked["answer"] == streamed and total["citations"] == invoked["citations"]

    async def collect():
        return [c async for c in runnable.astream("How much did Acme Cloud spend in fiscal year 2024?")]

    achunks = asyncio.run(collect())
    assert "99.9" not in "".join(c.get("answer", "") for c in achunks) and "mode" in achunks[-1]


def test_retriever_takes_search_kwargs_like_other_langchain_retrievers(assistant):
    retriever = assistant.as_retriever(search_kwargs={"k": 1, "filter": {"doc": "beta_chips"}})
    docs = retriever.invoke("capital expenditures")
    assert [d.metadata["doc"] for d in docs] == ["beta_chips"]
    docs = assistant.as_retriever(k=2).invoke("capital expenditures", k=1)
    assert len(docs) == 1
    with pytest.raises(ValueError, match="unknown key"):
        assistant.as_retriever(search_kwargs={"score_threshold": 0.5}).invoke("x")
