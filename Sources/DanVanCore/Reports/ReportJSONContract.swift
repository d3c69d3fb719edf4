// The JSON contract of `danvan report --format json` (for the README; kept beside the writer
// so it changes with it). A Markdown file here would be an unhandled resource to SwiftPM.
/*
# `danvan report --format json` — the contract

One UTF-8 JSON object, pretty-printed (two-space indent), keys always in the order below.
Numbers are JSON numbers; counts are integers. A **percent** is a number with exactly one
decimal (`19.3`, `100.0`), rounded half-up from the exact fraction in integer arithmetic
(532/2757 → `19.3`, 77/400 = 19.25 → `19.3`); when its denominator is 0 it is `null` —
never NaN or Infinity. Codes are the stable catalogue codes of DOMAIN.md. Labels do not
depend on `--lang` (only `headline` carries sentences, in both languages). The `schema`
value changes only when a key is removed or its meaning changes; new keys may be added.

## Who is counted (year `year`)
- **eligible**: members of the subtree whose status is active. **exempt**: exempt members,
  counted apart, in no denominator. Transferred-out and deceased members are in no figure.
- An assignment is **in force** during the year when `from` ≤ 31 Dec and `to` is empty or
  ≥ 1 Jan. Every assignment figure counts in-force assignments of eligible members only.
- **assigned**: eligible members with ≥ 1 in-force assignment; **selfRegistered**: eligible
  members with ≥ 1 in-force assignment whose source is self-registered (`tu_nhan`).

## Keys
| key | type | meaning |
|---|---|---|
| `schema` | string | `"danvan.report/1"` |
| `org` | string | path of the node: names from the root joined by `" / "` |
| `orgId` | integer | the node's id |
| `year` | integer | the year reported |
| `generatedAt` | string | UTC time, `"2026-01-05T07:08:09Z"` |
| `eligible`, `exempt`, `assigned`, `selfRegistered` | integer | as defined above, whole subtree |
| `assignedPercent`, `selfRegisteredPercent` | percent | of `eligible` |
| `headline` | object | `{"vi": [3 strings], "en": [3 strings]}`: eligible (exempt apart), assigned, self-registered sentences, e.g. `"532/2.757 đảng viên tự nhận nhiệm vụ, đạt tỉ lệ 19,3%"` |
| `children` | array | one object per child node in tree order (Vietnamese name order): `id`, `name`, `path` (from the root), `eligible`, `exempt`, `assigned`, `assignedPercent`, `selfRegistered`, `selfRegisteredPercent`; each over the child's subtree. Empty for a cell. |
| `byTargetGroup` | array | all 13 target groups in catalogue order, zeros included: `{code, assignments, members, households}` — in-force assignments, distinct eligible members holding one, sum of their households/people counts (missing count = 0). A member with assignments in two groups counts in both. |
| `byPlace` | object | `{workplace, residence}`: in-force assignments by place |
| `evaluations` | object | `{xuat_sac, tot, hoan_thanh, khong_hoan_thanh, chua_danh_gia}`: in-force assignments by their evaluation for `year`; `chua_danh_gia` = no evaluation for that year. The five sum to the in-force assignments. |
| `notEvaluated` | array | `{id, name, cell}`: eligible members with ≥ 1 in-force assignment not evaluated for `year`; `cell` is the cell's path below the node (the node's own name when the node is the cell). Cells in tree order; names in Vietnamese order within a cell (see "Large reports"). |
| `masses` | object | outstanding non-members followed by units of the subtree: `introduced`, `inClass`, `admitted` = persons whose introduction / Party-awareness class / admission date falls in `year`; `totals` = `{introduced, inClass, admitted}` with those dates on or before 31 Dec of `year` (cumulative), plus `records` = every person on record. |
| `models` | object | "Dân vận khéo" models of the subtree whose year is `year`: `total`, `byField` (`kinh_te`, `van_hoa_xa_hoi`, `quoc_phong_an_ninh`, `xay_dung_he_thong_chinh_tri`), `byStage` (`dang_ky`, `cong_nhan`, `khen_thuong`), `byFieldStage` (field → stage → count). |
| `meetings` | object | meetings dated in `year`: `held`, `present`, `expected`, `attendancePercent` (= present / expected), and `cells`: every cell of the subtree in tree order, `{id, cell, eligible, held, present, expected, attendancePercent}`. `expected` = summed over the meetings, the members on the cell's roll *on the meeting date* and active then (from each member's join date, transfers and status date), so a past meeting's figure does not change when members join, move or leave later; exempt members are never expected, even when they attend; `present` = those expected who are marked present (`co_mat`). The meeting screen, the minutes and the CSV export count the same way. `eligible` is the cell's current figure. |

## Large reports
Collation keys cost microseconds, so lists are put in Vietnamese order only up to a size:
units of the subtree (for `children`, `meetings.cells`) when the subtree has at most 3,000
units — beyond that the child nodes are still sorted and the units below them come by id;
names of `notEvaluated` within each cell when the list has at most 10,000 names — beyond
that they come by id. Figures never depend on this. The reading formats (text, md, html)
list at most 1,000 of the members not yet evaluated and then say how many more there are;
csv and json list every one.

## Other formats
- **text**: aligned columns (display width: Vietnamese marks take no column), numbers in the
  language's style (`2.757`, `19,3%` in vi; `2,757`, `19.3%` in en), `—` for no percentage.
- **md**: a heading per section, pipe tables, total rows in bold.
- **csv**: UTF-8 with BOM, comma-separated, CRLF, RFC 4180 quoting; one block per section
  separated by an empty line; every row of a block, its header row included, starts with the
  section code (`report`, `summary`, `children`, `target_groups`, `places`, `evaluations`,
  `not_evaluated`, `masses`, `models`, `meetings`), so filtering on the first column yields
  one table. Counts plain digits, percents `19.3`, empty for no percentage; labels in `--lang`.
  Text starting with `= + - @` is prefixed with `'` so spreadsheets do not run it as a formula.
- **html**: one self-contained printable page (`lang` attribute, inline CSS with print rules,
  CSS bar charts for shares, every text escaped, no scripts or external resources).
*/

/// Version tag written as the `schema` key of the report JSON.
public enum ReportJSONContract {
    public static let schema = "danvan.report/1"
}
