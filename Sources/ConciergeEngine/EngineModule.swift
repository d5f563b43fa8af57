// PLACEHOLDER: the engine step lands here (branch `dialog`).
