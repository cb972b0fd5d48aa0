/* The GNU Linear Programming Kit, as Debian's libglpk-dev installs it. */
#ifndef CGLPK_SHIM_H
#define CGLPK_SHIM_H
#include <glpk.h>
#endif
