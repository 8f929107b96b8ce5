"""plantrack.parse: outline, targets, tables, places and bodies from the read blocks.

The hot modules run compiled when a fresh build is present (`compiled.use_build`)."""

from plantrack.parse.compiled import use_build

use_build(__path__)
