// The bundled themes, compiled in so the binary works from any folder. These strings are
// copies of themes/*.theme; ThemeTests fails when the two drift apart.

enum BuiltinThemeText {
    static let all: [(name: String, text: String)] = [
        ("default", #"""
# danvan theme: default — for dark or light terminals, eight basic colors.
#
# Each line gives one screen role:   role = foreground on background, attributes
#   colors:     default (the terminal's own), black, red, green, yellow, blue, magenta,
#               cyan, white, bright-black … bright-white (or gray), or a number 0–255
#               (on an 8-color terminal numbers map to the nearest basic color)
#   attributes: bold, underline, reverse, dim
# A role left out keeps the default theme's look. Text after '#' is a comment.
# Copy this file, edit it, and start danvan with  --theme path/to/file.theme

# Plain text
normal             = default on default
dim                = default on default, dim
title              = cyan on default, bold
header             = yellow on default, bold

# Menu bar and drop-down menus
menuBar            = black on cyan
menuItem           = black on cyan
menuSelected       = white on blue, bold
menuHotkey         = red on cyan, bold

# Function-key hint bar at the bottom
hintKey            = white on default, bold
hintText           = black on cyan

# Status line
status             = default on default
statusOK           = green on default, bold
statusError        = white on red, bold
statusWarning      = yellow on default, bold

# Panes
paneBorder         = blue on default
paneBorderFocused  = cyan on default, bold
paneTitle          = cyan on default, bold

# Lists
selection          = black on cyan
selectionUnfocused = black on white
marked             = yellow on default, bold

# Forms
inputField         = default on default, underline
inputFocused       = white on blue
fieldError         = red on default, bold

# Dialogs
dialog             = black on white
dialogTitle        = blue on white, bold

# Bars in reports
barFill            = green on default
barEmpty           = default on default, dim

# Members exempt from work, and inactive entries
exempt             = cyan on default
inactive           = default on default, dim
"""#),
        ("light", #"""
# danvan theme: light — for terminals with a white or pale background.
# Format: role = foreground on background, attributes   (see default.theme)

normal             = default on default
dim                = default on default, dim
title              = blue on default, bold
header             = magenta on default, bold

menuBar            = white on blue
menuItem           = white on blue
menuSelected       = black on cyan, bold
menuHotkey         = yellow on blue, bold

hintKey            = black on default, bold
hintText           = white on blue

status             = default on default
statusOK           = green on default, bold
statusError        = white on red, bold
statusWarning      = red on default, bold

paneBorder         = blue on default
paneBorderFocused  = blue on default, bold
paneTitle          = blue on default, bold

selection          = white on blue
selectionUnfocused = black on cyan
marked             = magenta on default, bold

inputField         = default on default, underline
inputFocused       = black on cyan
fieldError         = red on default, bold

dialog             = black on cyan
dialogTitle        = blue on cyan, bold

barFill            = blue on default
barEmpty           = default on default, dim

exempt             = magenta on default
inactive           = default on default, dim
"""#),
        ("high-contrast", #"""
# danvan theme: high-contrast — white on black with yellow for what matters.
# Format: role = foreground on background, attributes   (see default.theme)

normal             = white on black
dim                = white on black
title              = yellow on black, bold
header             = yellow on black, bold, underline

menuBar            = black on white, bold
menuItem           = black on white, bold
menuSelected       = black on yellow, bold
menuHotkey         = black on white, bold, underline

hintKey            = yellow on black, bold
hintText           = black on white, bold

status             = white on black, bold
statusOK           = black on green, bold
statusError        = white on red, bold
statusWarning      = black on yellow, bold

paneBorder         = white on black
paneBorderFocused  = yellow on black, bold
paneTitle          = yellow on black, bold

selection          = black on yellow, bold
selectionUnfocused = black on white, bold
marked             = yellow on black, bold, underline

inputField         = white on black, underline
inputFocused       = black on white, bold
fieldError         = white on red, bold

dialog             = white on blue, bold
dialogTitle        = yellow on blue, bold

barFill            = yellow on black, bold
barEmpty           = white on black

exempt             = cyan on black, bold
inactive           = white on black, underline
"""#),
        ("mono", #"""
# danvan theme: mono — no colors, only attributes. Used when NO_COLOR is set or the
# terminal has no colors.
# Format: role = foreground on background, attributes   (see default.theme)

normal             = default on default
dim                = default on default, dim
title              = default on default, bold
header             = default on default, bold, underline

menuBar            = default on default, reverse
menuItem           = default on default, reverse
menuSelected       = default on default, bold
menuHotkey         = default on default, reverse, underline

hintKey            = default on default, bold
hintText           = default on default, reverse

status             = default on default
statusOK           = default on default, bold
statusError        = default on default, bold, reverse
statusWarning      = default on default, bold

paneBorder         = default on default
paneBorderFocused  = default on default, bold
paneTitle          = default on default, bold

selection          = default on default, reverse
selectionUnfocused = default on default, underline
marked             = default on default, bold

inputField         = default on default, underline
inputFocused       = default on default, reverse
fieldError         = default on default, bold, underline

dialog             = default on default
dialogTitle        = default on default, bold, reverse

barFill            = default on default, reverse
barEmpty           = default on default, dim

exempt             = default on default, dim
inactive           = default on default, dim
"""#),
        ("dusk", #"""
# danvan theme: dusk — 256 colors, soft contrast on a dark slate background.
# On an 8-color terminal each color maps to the nearest basic one.
# Format: role = foreground on background, attributes   (see default.theme)

normal             = 252 on 235
dim                = 244 on 235
title              = 117 on 235, bold
header             = 222 on 235, bold

menuBar            = 252 on 24
menuItem           = 252 on 24
menuSelected       = 235 on 117, bold
menuHotkey         = 222 on 24, bold

hintKey            = 222 on 235, bold
hintText           = 252 on 238

status             = 250 on 237
statusOK           = 114 on 237, bold
statusError        = 231 on 124, bold
statusWarning      = 222 on 237, bold

paneBorder         = 240 on 235
paneBorderFocused  = 117 on 235
paneTitle          = 117 on 235, bold

selection          = 231 on 24
selectionUnfocused = 252 on 238
marked             = 222 on 235, bold

inputField         = 252 on 237
inputFocused       = 231 on 25
fieldError         = 203 on 235, bold

dialog             = 252 on 238
dialogTitle        = 117 on 238, bold

barFill            = 114 on 235
barEmpty           = 239 on 235

exempt             = 152 on 235
inactive           = 242 on 235
"""#),
    ]
}
