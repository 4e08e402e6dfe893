"""Place names that name a thing in their context: a programming language ("written in Java",
"Java developers", "in Python and Java"; Delphi, Kotlin, Ada, Ruby, Scala, Haskell ...), a
dish ("Turkey was served at Thanksgiving", "a Turkey sandwich") or porcelain ("fine China",
"the China cabinet"). Each sense is read only where the words around the name say so: "floods
in Java", "Turkey shelled", "China sent warships" stay places.
"""

from __future__ import annotations

import re

# Programming languages named like places (an island, a town, a county): "Java", "Delphi",
# "Kotlin" (an island off St Petersburg), "Ada" (Oklahoma), "Ruby" (Alaska), "Haskell"
# (Texas), "Scala", "Julia", "Crystal", "Swift", "Dart", "Pascal", "Lua".
_PROGRAM_NAMES = frozenset({"Java", "Delphi", "Kotlin", "Ada", "Ruby", "Scala", "Haskell",
                            "Julia", "Crystal", "Swift", "Dart", "Pascal", "Lua"})
# Languages no place is named like: one listed beside a name makes the name a language too
# ("in Python and Java", "Java or COBOL").
_LANGUAGES = (r"(?:Python|C\+\+|C#|C|JavaScript|TypeScript|COBOL|Fortran|Perl|PHP|Rust|Go|"
              r"SQL|Objective-C|Erlang|Elixir|Clojure|MATLAB|R|Visual[ ]Basic|Assembly|"
              r"Kotlin|Scala|Swift|Java|Haskell)")
# Not "developed in" nor "built in": storms develop and bridges are built in Java too.
_CODED_BEFORE = re.compile(
    r"\b(?i:(?:written|coded|programmed|rewritten|re-written|ported|scripted)(?:[ ]+[a-z]+){0,3}"
    r"|implemented|programming|code|coding|apps?)[ ]+(?i:in|to)[ ]+$")
_CODE_AFTER = re.compile(
    r"[ ]+(?:(?i:code|codebase|developers?|programmers?|programming|applets?|apps?|"
    r"applications?|librar(?:y|ies)|frameworks?|runtime|virtual[ ]+machine|bytecode|"
    r"compiler|scripts?|servlets?|plug-?ins?|engineers?|deserializ\w+|source)\b|"
    r"(?:VM|SDK|JDK|JVM|EE|SE|on[ ]+Rails)\b)")
_LISTED_BEFORE = re.compile(rf"\b{_LANGUAGES}(?:,[ ]*|[ ]+(?:and|or)[ ]+|,[ ]+(?:and|or)[ ]+)$")
_LISTED_AFTER = re.compile(rf"(?:,[ ]*|[ ]+(?:and|or)[ ]+|,[ ]+(?:and|or)[ ]+){_LANGUAGES}"
                           r"(?![\w+#])")

# A bird served at a feast: "Turkey" with the words of a meal around it.
_FOOD_NAMES = frozenset({"Turkey"})
_FOOD_AFTER = re.compile(
    r"[ ]+(?i:sandwich(?:es)?|burgers?|breasts?|legs?|meat|bacon|stuffing|gravy|roast|"
    r"dinners?|fryers?|leftovers|feathers|carcass|drumsticks?)\b"
    r"|[ ]+(?:was|were|is|are)[ ]+(?i:served|cooked|carved|roasted|stuffed|eaten|baked|"
    r"fried|smoked|brined|basted)\b(?![ ]+as\b)"
    r"|(?:,[ ]*|[ ]+and[ ]+)(?i:stuffing|gravy|ham|cranberr(?:y|ies)|pies?|mashed|"
    r"potatoes|trimmings)\b")
_FOOD_BEFORE = re.compile(
    r"\b(?i:roast(?:ed)?|carv(?:e|ed|es|ing)|ate|eat|eating|cook(?:ed|ing)?|bak(?:e|ed|ing)|"
    r"fr(?:y|ied|ying)|smoked|stuffed|frozen|wild|Thanksgiving|Christmas|the[ ]+holiday)"
    r"[ ]+(?:(?:the|a|our|their|his|her)[ ]+)?$")

# Porcelain: "fine China", "bone China", "the China cabinet", "China and silverware".
_WARE_NAMES = frozenset({"China"})
_WARE_BEFORE = re.compile(r"\b(?i:fine|bone|antique|porcelain|wedding|willow|hand-painted)"
                          r"[ ]+$")
_WARE_AFTER = re.compile(
    r"[ ]+(?i:cabinets?|plates?|cups?|saucers?|dishes|teacups?|tea[ ]+sets?|dinner[ ]+sets?|"
    r"patterns?|dolls?|shops?|hutch|figurines?)\b"
    r"|(?:,[ ]*|[ ]+and[ ]+)(?i:silver(?:ware)?|crystal|glassware|cutlery|linens?)\b")


def names_a_thing(text: str, start: int, end: int) -> bool:
    """The place name at ``start:end`` names a programming language, a dish or porcelain
    in its context (see the module docstring), not a place."""
    name = text[start:end]
    before = text[max(0, start - 40):start]
    if name in _PROGRAM_NAMES and (
            _CODED_BEFORE.search(before) or _CODE_AFTER.match(text, end)
            or _LISTED_BEFORE.search(before) or _LISTED_AFTER.match(text, end)):
        return True
    if name in _FOOD_NAMES and (_FOOD_AFTER.match(text, end) or _FOOD_BEFORE.search(before)):
        return True
    return name in _WARE_NAMES and bool(_WARE_BEFORE.search(before)
                                        or _WARE_AFTER.match(text, end))
