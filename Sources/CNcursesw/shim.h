#ifndef DANVAN_CNCURSESW_SHIM_H
#define DANVAN_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
// Swift 6 refuses C mutable globals; reach them through functions.
static inline WINDOW *danvan_stdscr(void) { return stdscr; }
static inline int danvan_lines(void) { return LINES; }
static inline int danvan_cols(void) { return COLS; }
static inline int danvan_colors(void) { return COLORS; }
static inline int danvan_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t danvan_color_pair(int n) { return COLOR_PAIR(n); }
#endif
