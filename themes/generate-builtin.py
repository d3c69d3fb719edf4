# Regenerates Sources/DanVanUI/Theme/BuiltinThemeText.swift from themes/*.theme.
# Run from the repository root: python3 themes/generate-builtin.py
import os
names=["default","light","high-contrast","mono","dusk"]
out=['// The bundled themes, compiled in so the binary works from any folder. These strings are',
     '// copies of themes/*.theme; ThemeTests fails when the two drift apart.',
     '',
     'enum BuiltinThemeText {',
     '    static let all: [(name: String, text: String)] = [']
for n in names:
    t=open(f"themes/{n}.theme").read()
    assert '"""#' not in t
    out.append(f'        ("{n}", #"""')
    out.append(t.rstrip("\n"))
    out.append('\n"""#),'.lstrip("\n"))
out.append('    ]')
out.append('}')
open("Sources/DanVanUI/Theme/BuiltinThemeText.swift","w").write("\n".join(out)+"\n")
