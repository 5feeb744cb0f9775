/*
 * cmd_not_yet.c — the subcommands that are planned but not built yet: they say so, and exit 2.
 */
#include <string.h>

#include "cli/cli.h"

int cmd_not_yet(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("Usage: cordon %s ...\n\n'cordon %s' is not yet implemented in cordon %s.\n", argv[0], argv[0],
                   cordon_version());
            return EXIT_DONE;
        }
    }
    cli_error("'%s' is not yet implemented in cordon %s", argv[0], cordon_version());
    return EXIT_USAGE;
}
