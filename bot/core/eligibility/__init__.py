"""The eligibility check (报考条件自测): the rules and the words questions are read by, in `knowledge/eligibility.yaml`
(`file`, `rules`, `words`), reading a question into a `Profile` (`reading`, made of `certificates`, `education`,
`work`, `years`, `intent`, `person`, `pinyin`, `english` and `grammar`; `follow_ups` for what a follow-up swaps), the
`verdict` on it, and the step-by-step `CheckFlow` behind /check. Pure core: no front end, no journal."""
