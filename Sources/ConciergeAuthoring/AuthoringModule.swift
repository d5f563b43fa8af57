// PLACEHOLDER: check, test and report land here (branch `authoring`).
