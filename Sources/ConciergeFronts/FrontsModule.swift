// PLACEHOLDER: the JSON-lines protocol and REPL logic land here (branch `fronts`).
