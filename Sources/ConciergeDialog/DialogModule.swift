// PLACEHOLDER: the dialog state machine lands here (branch `dialog`).
