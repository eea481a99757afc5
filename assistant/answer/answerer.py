"""Question -> Answer: the grounded-answer stage, orchestration only.

``Answerer.ask`` runs, in order (each step's code lives in the module named):
1. follow-up rewriting ("and in 2019?" -> a standalone question, from the conversation so far: ``query.followup``);
2. the facts path (``intents.answer_question``, which hands what it does not read itself to
   ``facts_path.answer_from_facts``) when it knows the answer, checked by
   ``checks.check_facts_answer`` (a failure there is counted in ``Answerer.facts_failures`` and logged);
3. retrieval, and a refusal when the evidence is too weak;
3b. the extractive answer (``extract``): the sentence, list or table row that answers, quoted and cited, with no
   generation (a model other than the bundled small one may reword it: ``settings.rephrase``, checked as below);
4. context assembly (``context``): numbered sources, neighbouring chunks of a document merged and cut down to their
   sentences and table rows that best match the question (``settings.context_sentences``), report text neutralised;
5. a prompt (``prompts``; few-shot completion for base models, chat messages for instruction models), streamed;
6. verification (``checks``): the draft's wrapped lines are rejoined into sentences; unsupported sentences are dropped
   (a number must be said of what the sentence names: each source carries a header with its document,
   company and title), and so are fragments, repeats, copied table rows and sentences about another subject
   than the question's; [n] markers are renumbered to the sources used, each citation quoting the exact
   sentence or table row that supports it; when nothing good survives (nothing at all, or no figure for a
   question that asks for one), mia declines, citing the closest passages of the asked company;
7. timings.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from time import perf_counter
from typing import TYPE_CHECKING, Any, Protocol

from ..llm.base import LLM, Prompt
from ..query.entities import companies, companies_in, company_aliases, known_company_names, named_companies, unheld_names
from ..query.followup import is_followup, rewrite_followup
from ..query.rewordings import canonical as canonical_wording, dependence_share
from ..query.intent import asks_computed, states_computed
from ..retrieve.filters import Filters
from ..text.numbers import claims
from ..text.planted import cut_planted, strip_planted
from ..types import Answer, Hit, SentenceCheck, Verification
from .gen_gate import gate_reason
from .checks import (
    attribute_uncited,
    check_facts_answer,
    describe_shown,
    draft_should_stop,
    poor,
    reflow,
    renumber,
    tidy,
    verify,
    with_checks,
)
from . import (
    adjustments, asked_counts, asked_measures, asked_shares, candidates, extract, measures_joined, member_asks,
    per_share_asks, premises, prose_columns, prose_drivers,
    prose_events, prose_filings, prose_verdicts, render, table_sums,
)
from .question import percent_without_percent
from .conflicts import with_conflicts
from .context import (
    PLANTED_REMOVED,
    Source,
    assemble_sources,
    citation_for,
    first_line,
    neutralise,
    page_of,
    quote_for,
    source_about,
)
from .quantities import states_formula
from .intents import answer_question
from .prompts import BASE_STOP, build_prompt, cut_answer, prompt_overhead
from .quotes import best_spans
from .untrusted import TrustedFacts, planted_on_page, with_untrusted_note

if TYPE_CHECKING:
    from ..config import Settings

log = logging.getLogger(__name__)

REFUSAL_TEXT = "The indexed reports do not answer this question. The closest passages are listed as citations."


class RetrieverLike(Protocol):
    def search(self, query: str, k: int = 8, filters: Any = None) -> list[Hit]: ...

    def evidence(self, query: str, hits: list[Hit]) -> float: ...


# ----------------------------------------------------------------------------------------- follow-up questions


# --------------------------------------------------------------------------------------------- sources


# ---------------------------------------------------------------------------------------------- prompts


# ------------------------------------------------------------------------------------------ draft hygiene


# --------------------------------------------------------------------------------------------- citations


# ---------------------------------------------------------------------------------------------- answerer


def _judgement_left(question: str, ans: Answer) -> Answer:
    """A computed figure asked with a part on what it means ("..., and does it point to a liquidity problem?",
    ``prose_verdicts.interpretive_part``) that the answer gives no verdict for: shown as a partial answer (mode
    "fallback"), the figure with its inputs and a line saying that part is not answered. General rule: a figure
    never stands as the whole answer to a question that also asks for a judgement it does not settle."""
    left = prose_verdicts.interpretive_part(question)
    if left is None or ans.refused or re.match(r"\s*(?:Yes|No)\b", ans.text):
        return ans
    return replace(ans, text=f"{render.PARTIAL_TEXT}\n{ans.text}\nNot in the indexed reports: {left}?", mode="fallback")


def _parts_left(question: str, ans: Answer) -> Answer:
    """A facts-path answer that leaves out a part the question asks (``measures_joined.parts_left``: a later part's
    nine-month span never stated, a measure a part names never computed), after each such part was asked on
    its own (``measures_joined.parts_answered``): shown as a partial answer (mode "fallback"), the answered part with
    its inputs and a line naming each part not answered. General rule: one part of a multi-part question answered
    never stands as the whole answer."""
    if ans.refused or ans.mode == "fallback":
        return ans
    # a later part's year alone is not enough here: a year the answer does not repeat may be a period its fiscal
    # labels number otherwise (such a part is asked again and joined when it can be: ``parts_answered``)
    left = measures_joined.parts_left(question, ans, kinds=frozenset({"span", "measure"}))
    # the filer's own measure named beside the reported one, a multiple asked, and an explanation an instruction asks
    # for (session 29)
    left += [p for p in (measures_joined.adjusted_left(question, ans), measures_joined.multiple_left(question, ans),
                         measures_joined.explanation_left(question, ans),
                         # a later part asking an amount of its own that the answer never names (session 30)
                         measures_joined.unnamed_left(question, ans)) if p and p not in left]
    # the items of a list an instruction asks for that the answer says nothing of (session 32)
    left += [p for p in measures_joined.listed_left(question, ans) if p not in left]
    if not left:
        return ans
    lines = "\n".join(f"Not in the indexed reports: {p[0].upper()}{p[1:]}?" for p in left)
    return replace(ans, text=f"{render.PARTIAL_TEXT}\n{ans.text}\n{lines}", mode="fallback")


PART_PAGES = 3  # the pages searched for one part left unanswered that are read first (``Answerer._extract``)


def _answers_more(again: extract.Extraction, ex: extract.Extraction) -> bool:
    """A second reading answers more parts than the first and still answers every part the first answered."""
    return sum(p is not None for p in again.picks) > sum(p is not None for p in ex.picks) and all(
        b is not None for a, b in zip(ex.picks, again.picks) if a is not None)


def _ranked_only(ex: extract.Extraction) -> bool:
    """Every part answered, each by rows ranked or computed (a candidate of kind "ranked"), none by a quote."""
    return bool(ex.picks) and all(p is not None and p.candidate.kind == "ranked" for p in ex.picks)


class Answerer:
    """Orchestration only: which path answers, in which order; the work is done by the modules it calls.

    ``facts_failures`` counts questions whose facts path raised (the question then went to the passages), so
    an eval can report them; ``ask`` may be called from several threads (see ``api.Assistant``)."""

    def __init__(self, retriever: RetrieverLike, llm: LLM, settings: "Settings", index: Any = None) -> None:
        self.retriever = retriever
        self.llm = llm
        self.settings = settings
        self.index = index
        self.facts_failures = 0
        self._lock = threading.Lock()
        # the facts path reads facts without those quoted from text written for an AI (``untrusted.py``)
        self._trusted = TrustedFacts(index) if index is not None else None
        self._local = threading.local()  # per question: where untrusted text was left out

    # -- helpers around the index (optional)
    def _page_text(self) -> Callable[[str, int], str | None] | None:
        if self.index is None:
            return None
        cache: dict[tuple[str, int], str | None] = {}

        def page_text(doc_id: str, page: int) -> str | None:
            if (doc_id, page) not in cache:
                try:
                    text = self.index.page_text(doc_id, page)
                    found = planted_on_page(self.index, doc_id, page) if text else []
                    if found:  # what the page says to an AI is never read, quoted or checked against
                        text = cut_planted(text, found, PLANTED_REMOVED)
                        meta = self.index.document(doc_id) if hasattr(self.index, "document") else None
                        self._untrusted_seen(getattr(meta, "doc", doc_id), page)
                    cache[(doc_id, page)] = text
                except Exception:  # a missing page is not worth failing an answer for
                    log.debug("page_text(%s, %s) failed", doc_id, page, exc_info=True)
                    cache[(doc_id, page)] = None
            return cache[(doc_id, page)]

        return page_text

    def _documents(self) -> list[Any]:
        if self.index is None:
            return []
        try:
            return list(self.index.documents())
        except Exception:
            log.debug("index.documents() failed", exc_info=True)
            return []

    def _companies(self) -> list[str]:
        return known_company_names(self._documents())

    def standalone(self, question: str, history: Sequence[tuple[str, Answer]]) -> str:
        rewritten = rewrite_followup(question, history, self._companies())
        if rewritten == question and history and is_followup(question) and getattr(self.llm, "instruct", False):
            rewritten = self._llm_rewrite(question, history) or question
        return canonical_wording(rewritten)  # another analyst's wording, in the grammar mia reads (query.rewordings)

    def _llm_rewrite(self, question: str, history: Sequence[tuple[str, Answer]]) -> str | None:
        turns = "\n".join(f"User: {q}" for q, _ in history[-3:])
        prompt = Prompt(
            system="Rewrite the user's last question as one standalone question. Reply with the question only.",
            user=f"{turns}\nUser: {question}\n\nStandalone question:",
        )
        try:
            out = "".join(self.llm.stream(prompt, max_tokens=60, stop=("\n",))).strip()
        except Exception:
            log.warning("follow-up rewrite by the LLM failed", exc_info=True)
            return None
        return out if 0 < len(out) < 300 else None

    def _facts(self, question: str, filters: Any) -> Answer | None:
        if self.index is None or not getattr(self.settings, "use_facts", True):
            return None
        try:
            return answer_question(question, self._trusted, filters)
        except Exception:  # counted (``facts_failures``) and logged; the passages answer instead
            with self._lock:
                self.facts_failures += 1
            log.warning("facts path failed for %r; answering from passages", question, exc_info=True)
            return None

    def _flag_conflicts(self, ans: Answer, question: str) -> Answer:
        """A quoted or generated answer whose headline figure other reports give differently shows their
        figures too, cited (``conflicts.with_conflicts``; facts from text written for an AI are not read)."""
        if self._trusted is None:
            return ans
        try:
            return with_conflicts(ans, self._trusted, self._documents(), question)
        except Exception:  # the answer stands as checked; the comparison is logged, not fatal
            log.warning("conflict check failed for %r", question, exc_info=True)
            return ans

    def _untrusted_seen(self, doc: str, page: int) -> None:
        places = getattr(self._local, "untrusted", None)
        if places is not None and (doc, page) not in places:
            places.append((doc, page))

    # -- the stage
    def ask(
        self,
        question: str,
        *,
        history: Sequence[tuple[str, Answer]] = (),
        filters: Any = None,
        k: int | None = None,
        on_token: Callable[[str], None] | None = None,
        on_stage: Callable[[str], None] | None = None,
    ) -> Answer:
        """Answer ``question`` (``history``: earlier (question, Answer) pairs; ``k``: hits, default settings.k).
        ``on_stage`` hears what it is doing: "reading the facts", "searching", "writing the answer", "checking".
        When text written for an AI was left out of the evidence, the answer ends with a note naming where."""
        self._local.untrusted = []
        if self._trusted is not None:
            self._trusted.begin()
        try:
            ans = self._ask(question, history=history, filters=filters, k=k, on_token=on_token, on_stage=on_stage)
            share_asked = dependence_share(question) if ans.refused and not history else question
            if share_asked != question:
                # General rule: a dependence on a part the question as written could not answer is answered by the
                # part's share of total revenue computed from one table's rows (mode "calc"), or stays declined
                alt = self._ask(share_asked, history=history, filters=filters, k=k, on_token=on_token,
                                on_stage=on_stage)
                ans = alt if not alt.refused and alt.mode == "calc" else ans
            places = list(self._local.untrusted)
            if self._trusted is not None:
                places += [(f.doc, f.page) for f in self._trusted.dropped()]
            return with_untrusted_note(ans, places)
        finally:
            self._local.untrusted = None

    def _ask(
        self,
        question: str,
        *,
        history: Sequence[tuple[str, Answer]],
        filters: Any,
        k: int | None,
        on_token: Callable[[str], None] | None,
        on_stage: Callable[[str], None] | None,
    ) -> Answer:
        stage = on_stage or (lambda _name: None)
        t0 = perf_counter()
        timings: dict[str, float] = {}
        standalone = self.standalone(question, history)

        stage("reading the facts")
        facts = self._facts(standalone, filters)
        if facts is not None and not facts.refused and asked_shares.asks_share(standalone) \
                and (facts.mode == "facts" or (facts.mode == "calc" and _one_line(facts))):
            # "How much of its Surgical net sales came from Europe?": a share of a measure is never the measure's own
            # level, which is all a lookup gives (a computed share is mode "calc"); the passages may state the share
            # ("What share of its total assets was goodwill plus intangibles?": the change of total assets, computed
            # from one line, is no share either)
            facts = None
        if facts is not None and not facts.refused and asked_measures.asks_member(standalone):
            # "Which revenue line grew fastest?": the answer names a member; the facts path's figure of the whole (the
            # total's change, a lookup) names none (asked_measures.asks_member); the passages may rank the members
            facts = None
        if facts is not None and not facts.refused and not per_share_asks.answers_per_share(standalone, facts.text):
            # "What was its free cash flow per share?": the total's lookup or calculation states no figure per share;
            # the passages may state the per-share figure (``per_share_asks``)
            facts = None
        if facts is not None and facts.refused:  # a definition the question states that mia cannot compute
            took = (perf_counter() - t0) * 1000
            return describe_shown(replace(facts, question=question,
                                          standalone_question=standalone if standalone != question else None,
                                          timings_ms={"retrieve": took, "generate": 0.0, "total": took}))
        if facts is not None:
            all_docs = self._documents()
            checked = check_facts_answer(facts, all_docs, company_aliases(all_docs), self._page_text())
            if checked is not None:
                checked = premises.against_premise(standalone, checked)  # a reason quote stating the opposite move
                checked = _judgement_left(standalone, checked)
                checked = _parts_left(standalone, checked)
                checked = self._premise_explained(standalone, checked, filters)
                checked = adjustments.unapplied_adjustment(standalone, checked)  # the reported figure as the adjusted one
                lookup = (perf_counter() - t0) * 1000
                checked = replace(checked, question=question,
                                  standalone_question=standalone if standalone != question else None,
                                  timings_ms={**checked.timings_ms, "retrieve": lookup, "generate": 0.0,
                                              "total": lookup})
                return describe_shown(checked)

        stage("searching")
        t = perf_counter()
        # a company the question names that the index does not hold is not answered from another's filings
        unheld = self.index is not None and not filters and bool(unheld_names(standalone, self.index))
        hits = [] if unheld else list(self.retriever.search(standalone, k=k or self.settings.k, filters=filters))
        timings["retrieve"] = (perf_counter() - t) * 1000
        evidence = self.retriever.evidence(standalone, hits) if hits else 0.0
        page_text = self._page_text()
        base = Answer(question=question, text="", hits=hits,
                      standalone_question=standalone if standalone != question else None)  # fmt: skip

        if not hits or evidence < self.settings.min_evidence:
            # a ranking of one named company's members may still be answered from that company's table of the
            # members (searched for by ``member_asks.table_query``), and then only by its ranked rows: the first
            # search's passages being weak says nothing of that table
            ranked = (self._extract(base, standalone, hits, page_text, ranked_only=True)
                      if hits and member_asks.table_query(standalone) and self._company_docs(standalone) else None)
            if ranked is not None:
                return describe_shown(replace(ranked, timings_ms={"generate": 0.0, **ranked.timings_ms, **timings,
                                                                  "total": (perf_counter() - t0) * 1000}))
            ans = self._refuse(base, standalone, self._company_hits(standalone, hits), page_text)
            ans = replace(ans, timings_ms={"generate": 0.0, **timings, "total": (perf_counter() - t0) * 1000})
            return describe_shown(ans)

        t = perf_counter()
        quoted = self._extract(base, standalone, hits, page_text)
        timings["extract"] = (perf_counter() - t) * 1000
        if quoted is not None and not quoted.refused and not per_share_asks.answers_per_share(standalone, quoted.text):
            # "What was its book value per share?" quoted with a revenue in billions or with earnings per share: a
            # figure asked per share is answered only by the asked measure's figure per share (``per_share_asks``)
            quoted = None
        if quoted is not None:
            # "Why did its operating income rate not improve?" quoted with "Our operating income rate increased ...":
            # the passage contradicts the premise; shown under a note saying so, never as the answer
            quoted = premises.against_premise(standalone, quoted)
            # "Excluding that gain, what would its operating profit have been?": a quote not stating the figure so
            # adjusted is the reported one's (adjustments.unadjusted_quote)
            quoted = adjustments.unadjusted_quote(standalone, quoted)
            quoted = self._flag_conflicts(quoted, standalone)
            quoted = replace(quoted, timings_ms={"generate": 0.0, **quoted.timings_ms, **timings,
                                                 "total": (perf_counter() - t0) * 1000})  # fmt: skip
            return describe_shown(quoted)

        if not self._generates() or states_formula(standalone):
            # the bundled small model does not write answers (``settings.generate``); nor does any model for a question
            # stating its formula: the facts path computed it as stated or it is declined (``quantities.states_formula``)
            ans = self._refuse(base, standalone, self._company_hits(standalone, hits), page_text)
            ans = replace(ans, timings_ms={"generate": 0.0, **timings, "total": (perf_counter() - t0) * 1000})
            return describe_shown(ans)

        if getattr(self.llm, "loaded", True) is False:
            stage("loading the model")  # counting the prompt's tokens loads it
        max_tokens = self.settings.max_tokens
        sentences = getattr(self.settings, "context_sentences", 0)
        budget = min(
            sentences or self.settings.context_tokens,
            self.llm.n_ctx - max_tokens - prompt_overhead(self.llm, standalone) - 16,
        )
        sources = assemble_sources(hits, budget_tokens=budget, count_tokens=self.llm.count_tokens, page_text=page_text,
                                   focus=standalone if sentences else None)
        if not sources:  # no line of the passages matches the question: nothing to write an answer from
            ans = self._refuse(base, standalone, self._company_hits(standalone, hits), page_text)
            ans = replace(ans, timings_ms={"generate": 0.0, **timings, "total": (perf_counter() - t0) * 1000})
            return describe_shown(ans)
        prompt = build_prompt(standalone, sources)
        stop = () if getattr(self.llm, "instruct", False) else BASE_STOP

        stage("writing the answer")
        t = perf_counter()
        draft = self._generate(prompt, max_tokens, stop, on_token, timings, t0)
        timings["generate"] = (perf_counter() - t) * 1000
        base = replace(base, draft=draft)
        stage("checking")

        by_n = {s.n: s for s in sources}
        all_docs = self._documents()
        docs = {d.doc_id: d for d in all_docs}
        aliases = company_aliases(all_docs)
        for src in sources:
            src.about = source_about(src, docs.get(src.chunk.doc_id), aliases.get(src.doc, ()))
        v = self._check_draft(draft, standalone, sources)
        kept = [c for c in v.sentences if c.supported]
        # a draft that is no answer to the kind of question asked (a restated yes/no, another row than the top
        # one, one item of a total, no kind of the asked thing: ``gen_gate``) is declined like one that did not
        # check out
        no_answer = gate_reason(standalone, v.sentences, {s.n: s.text for s in sources})
        if not poor(v.sentences, standalone) and not no_answer:
            ans = self._grounded(base, v, kept, by_n, page_text)
        else:  # nothing checked out: not in the indexed reports, with the closest passages of the asked company
            ans = self._refuse(base, standalone, self._company_hits(standalone, hits), page_text)
            ans = replace(ans, verification=replace(ans.verification, dropped=v.dropped, sentences=v.sentences))
        for s in sources:
            if s.planted:
                self._untrusted_seen(s.doc, s.page)
        ans = self._flag_conflicts(ans, standalone)
        ans = replace(ans, timings_ms={**timings, "total": (perf_counter() - t0) * 1000})
        return describe_shown(ans)

    def _generate(self, prompt: Prompt, max_tokens: int, stop: Sequence[str],
                  on_token: Callable[[str], None] | None, timings: dict[str, float], t0: float) -> str:  # fmt: skip
        """Stream the model's answer to ``on_token``; base-model output is cut where the answer ends."""
        base = not getattr(self.llm, "instruct", False)
        text, sent = "", 0
        stream = self.llm.stream(prompt, max_tokens=max_tokens, stop=stop, temperature=self.settings.temperature)
        try:
            for piece in stream:
                if "first_token" not in timings:
                    timings["first_token"] = (perf_counter() - t0) * 1000
                text += piece
                done = False
                if base:
                    text, done = cut_answer(text)
                    cut = draft_should_stop(text)
                    if cut is not None:
                        text, done = text[:cut], True
                if on_token is not None and len(text) > sent:
                    on_token(text[sent:])
                    sent = len(text)
                if done:
                    break
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()  # stops the backend's generation when the answer ended early
        return text.strip()

    def _check_draft(self, draft: str, question: str, sources: Sequence[Source]) -> Verification:
        """Every sentence of a model's draft checked against its cited sources (numbers with their period and
        subject, spans, relevance to the question): the one path a generated sentence takes to the screen."""
        checked = reflow(draft)
        if not getattr(self.llm, "instruct", False):
            checked = attribute_uncited(checked, sources)
        v = verify(checked, {s.n: s.text for s in sources}, {s.n: s.scales for s in sources},
                   {s.n: s.about for s in sources})  # fmt: skip
        return with_checks(v, tidy(v.sentences, question, sources))

    def _grounded(self, base: Answer, v: Verification, kept: list[SentenceCheck], by_n: dict[int, Source],
                  page_text: Callable[[str, int], str | None] | None) -> Answer:  # fmt: skip
        fixed, mapping = renumber(kept)
        citations = []
        for old, new in sorted(mapping.items(), key=lambda kv: kv[1]):
            first = next(c for c in kept if old in c.citations)
            quote, page = quote_for(first.text, by_n[old], page_text)
            citations.append(citation_for(new, by_n[old], quote, page))
        # the checks keep the model's wording; renumbered so they agree with the shown text
        all_checks = tuple(fixed.pop(0) if c.supported else c for c in v.sentences)
        return replace(base, text=" ".join(c.text for c in all_checks if c.supported), citations=citations,
                       verification=replace(v, sentences=all_checks), mode="rag")

    def _premise_explained(self, question: str, ans: Answer, filters: Any) -> Answer:
        """A figure shown with a judgement left unanswered ("Contoso's product revenue fell 31% in fiscal 2025. Is that a
        warning sign?", ``_judgement_left``): the filer's own explanation of the premise's move
        (``premises.premise_why``), when a quoted answer gives one of that measure (``extract``, the reason's subject
        checks), is shown below the figure in place of the "not in the indexed reports" line, still without a verdict
        (mode "fallback"). General rule: a judgement the filing does not state is answered with the evidence it gives,
        never with a verdict of mia's own."""
        left = prose_verdicts.interpretive_part(question)
        why = premises.premise_why(question) if left and ans.mode == "fallback" else None
        line = f"Not in the indexed reports: {left}?" if left else ""
        if why is None or line not in ans.text:
            return ans
        try:
            hits = list(self.retriever.search(why, k=self.settings.k, filters=filters))
        except Exception:  # the figure with its line stands
            log.debug("search for %r failed", why, exc_info=True)
            return ans
        if not hits or self.retriever.evidence(why, hits) < self.settings.min_evidence:
            return ans
        base = Answer(question=why, text="", hits=hits)
        quoted = self._extract(base, why, hits, self._page_text())
        if quoted is None or quoted.refused or quoted.mode != "extract" or not quoted.citations \
                or premises.against_premise(why, quoted).mode != "extract":
            return ans
        off = len(ans.citations)
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + off}]", quoted.text)
        cites = [replace(c, n=c.n + off) for c in quoted.citations]
        said = f"The filing does not itself answer \u201c{left[0].upper() + left[1:]}?\u201d; its explanation of the change:\n{text}"
        return replace(ans, text=ans.text.replace(line, said), citations=[*ans.citations, *cites])

    def _company_docs(self, question: str) -> set[str] | None:
        """The doc_ids of the one company the question names (None: it names none, or several); a question naming
        no company by name may name one by the trading symbol its filing's cover gives ("TSLN")."""
        found = companies_in(question, self._documents())
        if not found and self.index is not None and hasattr(self.index, "documents"):
            named = named_companies(question, self.index)
            return {d.doc_id for d in named[0].docs} if len(named) == 1 else None
        if len(found) != 1:
            return None
        return {d.doc_id for d in next(iter(found.values()))}

    def _aliases(self, docs: Sequence[Any]) -> dict[str, list[str]]:
        """doc stem -> the other names of its company: every name its documents use, and the short forms their
        covers give (trading symbols, initialisms: ``query.entities.companies``), so that a question naming
        the filer "TSLN" finds it in the filer's own sentences."""
        out = company_aliases(docs)
        if self.index is None or not hasattr(self.index, "documents"):
            return out
        for comp in companies(self.index):
            for d in comp.docs:
                out[d.doc] = [*out.get(d.doc, []), *sorted(comp.short)]
        return out

    def _company_hits(self, question: str, hits: Sequence[Hit]) -> list[Hit]:
        allowed = self._company_docs(question)
        return [h for h in hits if allowed is None or h.chunk.doc_id in allowed]

    def _extract(self, base: Answer, question: str, hits: Sequence[Hit],
                 page_text: Callable[[str, int], str | None] | None, ranked_only: bool = False) -> Answer | None:  # fmt: skip
        """The extractive answer (``extract``): the quoted sentence, list or row that answers, from the asked
        company's documents; None when no candidate is confident enough. A larger model may reword it.
        ``ranked_only``: only an answer whose every part is ranked rows (``_ranked_only``)."""
        embedder = getattr(self.retriever, "embedder", None)
        # a stated formula: computed (facts path) or declined; but a member's margin the question defines ("operating
        # profit divided by net sales") is what the ranking computes from the members' rows, and only the ranked rows
        # may answer it (``member_asks.states_member_margin``)
        formula = states_formula(question)
        docs = self._documents()
        # a measure defined as one measure over another ("Defining EBIT margin as EBIT divided by revenue") over an index
        # of reports (no filing: a filing's formula is the facts path's) is what a report's table of measure columns
        # gives for a named row (``prose_columns.ratio_answer``): only ranked rows may answer it
        ratio = prose_columns.asked_ratio(question) is not None and bool(docs) and \
            not any(candidates.is_filing(d) for d in docs)
        rows_only = formula and (member_asks.states_member_margin(question) or ratio) or ranked_only
        if embedder is None or formula and not rows_only:
            return None
        aliases = self._aliases(docs)
        allowed = self._company_docs(question)
        if allowed is None:  # no one company named: a filer's own filing cannot answer for "the company"
            allowed = candidates.unnamed_filer_docs(bool(companies_in(question, docs)), docs)
            if allowed is not None:  # a segment or product that only one filer's passages name: that filer's question
                allowed = prose_filings.filer_named_by(question, hits, docs, candidates.is_filing) or allowed
        # "this 10-K", "in FY2019": only filings of the asked type and period may answer
        asked = candidates.asked_report_docs(question, [d for d in docs if allowed is None or d.doc_id in allowed])
        if asked is not None:
            allowed = asked
            hits = self._search_within(question, hits, allowed)
        leads: dict[int, list[Hit]] = {}  # per reading: the passages searched for that it read first

        def read(first: Sequence[Hit]) -> "extract.Extraction":
            e = extract.extract(question, [*first, *hits], embedder, page_text=page_text,
                                aliases=lambda c: aliases.get(c.doc, ()), allowed_docs=allowed)  # fmt: skip
            leads[id(e)] = list(first)
            return e

        def reread(query: str) -> "extract.Extraction":
            """The question read again with the asked company's passages for ``query`` searched first."""
            return read(self._search_first(query, [], allowed))

        ex = read([])
        table = member_asks.table_query(question) if allowed and not ex.answered else None
        if table is not None:
            # "which of its divisions grew fastest?" and the pages found rank nothing: the asked company's table of
            # the members' figures, searched for ("net revenue by division"), is read first; only a ranking of its
            # rows may answer from it
            again = reread(table)
            if _ranked_only(again):
                ex = again
        def shares(e: "extract.Extraction") -> int:  # the schedule-share parts answered by a computed share
            return sum(p is not None and p.candidate.kind == "ranked" and table_sums.asks_schedule_share(a.text)
                       for a, p in zip(e.parts, e.picks))

        schedule = table_sums.schedule_query(question) if allowed and any(
            p is None and table_sums.asks_schedule_share(a.text) for a, p in zip(ex.parts, ex.picks)) else None
        if schedule is not None:
            # "what share of its long-term debt falls due within five years?" and the pages found hold no maturity
            # schedule: the asked company's schedule of that kind, searched for, is read first; kept only when it
            # answers more of the schedule's parts, and every part the first reading answered
            again = reread(schedule)
            if shares(again) > shares(ex) and all(b is not None for a, b in zip(ex.picks, again.picks) if a is not None):
                ex = again
        why = extract.pick_reason_query(ex) if allowed and ex.answered else None
        if why is not None:
            # "which segment had the weaker topline, and what drove its decline?": the ranked rows answer the first
            # part; the filer's sentence explaining that member's move is searched for (it may sit in another section
            # than the segment table) and only a reading that keeps the ranking and now explains it replaces it
            again = reread(why)
            if _answers_more(again, ex) and \
                    all(a.candidate.text == b.candidate.text for a, b in zip(again.picks, ex.picks)
                        if a is not None and b is not None and b.candidate.kind == "ranked"):
                ex = again
        reason = prose_drivers.reason_query(question) \
            if allowed and not ex.answered and any(a.kind == "reason" for a in ex.parts) else None
        if reason is not None:
            # "What drove the increase in Contoso's fuel surcharge revenue?" and the pages found (its statements) explain nothing:
            # the filer's sentences explaining that line's move, searched for within its filings, are read first
            again = reread(reason)
            if again.answered:
                ex = again
        if rows_only and not _ranked_only(ex):
            return None
        staff = asked_counts.staff_query(question) if allowed and any(
            p is None and asked_counts.staff_asked(a.text) for a, p in zip(ex.parts, ex.picks)) else None
        if staff is not None:
            # "how many people did it employ at year-end, and ...?" and the pages found (statements, certifications) state
            # no headcount: the filer's sentence stating it ("We had approximately 9,400 employees as of ..."), searched
            # for within its filings, is read first; kept only when it answers more parts and every part answered before
            found = self._search_first(staff, [], allowed)
            first = [h for h in found if asked_counts.states_headcount(h.chunk.text)][:1]
            again = read(first) if first else ex
            if _answers_more(again, ex):
                ex = again
        if allowed and ex.answered and any(p is None for p in ex.picks) and len(ex.parts) >= 2:
            # General rule (#10, session 33): a question of several parts whose first reading answers some and not
            # others ("How many people did it employ, and what share of its net revenue came from international
            # sales?") was searched for as a whole, and the passages found may hold none of a later part's answer:
            # each part left unanswered is searched for on its own within the asked company's documents, and the
            # question is read again with those passages first; kept only when it answers more parts, still answers
            # every part the first reading answered (each part passes the same checks as before), and each part it
            # newly answers asks a figure that its passage states
            found: list[Hit] = list(leads.get(id(ex), []))  # the passages the first reading read first stay first
            for a, p in zip(ex.parts, ex.picks):
                if p is None:
                    pages: set[tuple[str, int]] = set()
                    for h in self._search_first(a.text, [], allowed):
                        if len(pages | {(h.chunk.doc_id, h.chunk.page)}) <= PART_PAGES:
                            pages.add((h.chunk.doc_id, h.chunk.page))
                            found.append(h)
            found = list({h.chunk.chunk_id: h for h in found}.values())
            again = read(found) if found else ex
            if _answers_more(again, ex) and all(
                    a.kind == "amount" and claims(b.candidate.text)
                    for a, p, b in zip(again.parts, ex.picks, again.picks) if p is None and b is not None):
                # only a figure asked and stated: a passage found for a part's words alone that states none (a table's
                # lead-in, a policy, why a measure is useful) is near the words, not the answer
                ex = again
        held = prose_verdicts.concentration_query(question) if allowed and not ex.answered else None
        if held is not None:
            # "Does it depend on a few customers?" and the pages found state no share: the asked company's sentences
            # stating its largest customers' shares, searched for, are read first
            again = reread(held)
            if again.answered:
                ex = again
        deals = prose_events.deal_query(question) if allowed and not ex.answered else None
        if deals is not None:
            # "what acquisitions did it make" and the pages found answer nothing: the passages stating the filing's
            # deals, searched for, are read first
            found = self._search_first(deals, [], allowed, k=2 * self.settings.k)
            first = [h for h in found if prose_events.states_deal(h.chunk.text, question)]
            if first:
                ex = read(first)
        if not ex.answered or ex.figureless or ex.caption_only or ex.row_of_another_year or ex.untied or ex.unranked \
                or ex.side_missing or ex.figure_missing or ex.after_named_years(page_text) or ex.scope_excluded(page_text):
            # no figure, a caption stating nothing, a row without the year, only another measure's figures, a which-most pick ranking nothing,
            # a comparison missing a side, or one figure shown for two asked
            return None
        if not ex.without_verdict and not ex.partial and not ex.undisclosed and self._rephrases():
            rephrased = self._rephrase(base, question, ex, hits, page_text)
            if rephrased is not None:
                return rephrased
        shown = render.to_answer(ex, base, page_text)
        if percent_without_percent(question, shown.text):  # a share or margin asked, an amount shown
            return None
        computed = asks_computed(question)
        if computed and not states_computed(computed, shown.text):
            # an average of several periods or a gap between two series asked: one stated figure is an input, not it
            return None
        return shown

    def _search_within(self, question: str, hits: Sequence[Hit], allowed: set[str]) -> list[Hit]:
        """``hits`` of the ``allowed`` documents, with a search of those documents alone: first, when the question
        names its report ("mentioned in this 10-K": words that say where to look, left out of that search, whose
        hits then come first), else as a top-up when the first search (steered to the company, not to the asked
        report) found fewer than ``candidates.MAX_PAGES`` of their chunks."""
        kept = [h for h in hits if h.chunk.doc_id in allowed]
        query = candidates.without_report_words(question) or question
        named_report = query != question
        if (len(kept) >= candidates.MAX_PAGES and not named_report) or not allowed:
            return kept
        names = sorted(d.doc_id for d in self._documents() if d.doc_id in allowed)
        try:
            more = self.retriever.search(query, k=self.settings.k, filters=Filters(docs=names))
        except Exception:  # a retriever without filters: the first search's hits stay the evidence
            log.debug("search within %s failed", names, exc_info=True)
            return kept
        more = [h for h in more if h.chunk.doc_id in allowed]
        first, then = (more, kept) if named_report else (kept, more)
        seen: set[str] = set()
        out = []
        for h in [*first, *then]:
            if h.chunk.chunk_id not in seen:
                seen.add(h.chunk.chunk_id)
                out.append(h)
        return out

    def _search_first(self, query: str, hits: Sequence[Hit], allowed: set[str], k: int | None = None) -> list[Hit]:
        """The hits of a search of the ``allowed`` documents for ``query``, then ``hits`` (each chunk once)."""
        names = sorted(d.doc_id for d in self._documents() if d.doc_id in allowed)
        try:
            first = [h for h in self.retriever.search(query, k=k or self.settings.k, filters=Filters(docs=names))
                     if h.chunk.doc_id in allowed]  # fmt: skip
        except Exception:  # a retriever without filters: the first search's hits stay the evidence
            log.debug("search of %s failed", names, exc_info=True)
            return list(hits)
        seen: set[str] = set()
        out = []
        for h in [*first, *hits]:
            if h.chunk.chunk_id not in seen:
                seen.add(h.chunk.chunk_id)
                out.append(h)
        return out

    def _generates(self) -> bool:
        """May the LLM write an answer from the passages when no quote or figure answers? (``settings.generate``;
        the bundled model's checked sentences were mostly wrong in every eval we ran; the test fake may.)"""
        return self._model_may("generate", fake=True)

    def _rephrases(self) -> bool:
        """May the LLM reword a quoted answer? (``settings.rephrase``; the test fake may not.)"""
        return self._model_may("rephrase", fake=False)

    def _model_may(self, setting: str, *, fake: bool) -> bool:
        """``settings.<setting>``: "always"/"never" decide for every model; "auto" lets a configured model (a
        model file or a server) and not the bundled small one; ``fake`` decides for the test LLM."""
        mode = getattr(self.settings, setting, "auto")
        if mode in ("always", "never"):
            return mode == "always"
        llm = getattr(self.settings, "llm", "llama")
        if llm == "fake":
            return fake
        return llm == "openai" or getattr(self.settings, "model_path", None) is not None

    def _rephrase(self, base: Answer, question: str, ex: extract.Extraction, hits: Sequence[Hit],
                  page_text: Callable[[str, int], str | None] | None) -> Answer | None:  # fmt: skip
        """The model's wording of the selected evidence only, checked like any draft; None when it does not
        check out (the quoted answer is shown instead)."""
        sources: list[Source] = []
        for pick in [p for p, more in zip(ex.picks, ex.others or [[]] * len(ex.picks)) for p in [p, *more]]:
            if pick is None:
                continue
            c = pick.candidate
            hit = next((h for h in hits if h.chunk.doc_id == c.doc_id and h.chunk.page <= c.page <= h.chunk.page_end),
                       None)  # fmt: skip
            if hit is None or any(s.raw == c.body for s in sources):
                continue
            src = Source(n=len(sources) + 1, hits=[hit], raw=c.body, about=c.doc)
            src.text = neutralise(src.raw)
            sources.append(src)
        if not sources:
            return None
        timings: dict[str, float] = {}
        t = perf_counter()
        draft = self._generate(build_prompt(question, sources), self.settings.max_tokens,
                               () if getattr(self.llm, "instruct", False) else BASE_STOP, None, timings, t)  # fmt: skip
        v = self._check_draft(draft, question, sources)
        if poor(v.sentences, question) or gate_reason(question, v.sentences, {s.n: s.text for s in sources}):
            return None
        kept = [c for c in v.sentences if c.supported]
        ans = self._grounded(replace(base, draft=draft), v, kept, {s.n: s for s in sources}, page_text)
        return replace(ans, timings_ms={"generate": (perf_counter() - t) * 1000})

    def _refuse(self, base: Answer, question: str, hits: Sequence[Hit],
                page_text: Callable[[str, int], str | None] | None) -> Answer:  # fmt: skip
        citations = []
        for hit in hits[:3]:
            src = Source(n=len(citations) + 1, hits=[hit], raw=strip_planted(hit.chunk.text, PLANTED_REMOVED)[0])
            spans = best_spans(question, src.raw, 1)
            quote = src.raw[spans[0][0] : spans[0][1]] if spans else first_line(src.raw)
            citations.append(citation_for(src.n, src, quote, page_of(quote, src, page_text)))
        refusal = SentenceCheck(REFUSAL_TEXT, (), True, (), "refusal")
        return replace(base, text=REFUSAL_TEXT, refused=True, mode="refused", citations=citations,
                       verification=Verification(supported=True, sentences=(refusal,)))


def _one_line(ans: Answer) -> bool:
    """Is a calculation computed from one line only (its level or change over periods)? A share divides a part by
    its whole, two lines; one line's figures never answer a share question."""
    labels = {" ".join(i.label.lower().split()) for i in ans.inputs}
    return len(labels) == 1
