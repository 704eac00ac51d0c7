"""The eligibility check (报考条件自测): the rules in `knowledge/eligibility.yaml`, reading a question into a `Profile`,
the `verdict` on it, and the step-by-step `CheckFlow` behind /check. Pure core: no front end, no journal."""
