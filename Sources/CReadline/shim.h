// GNU readline for the REPL (Debian: libreadline-dev). stdio first: readline.h needs FILE.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
