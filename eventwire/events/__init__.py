"""The events stage: which sentences report an event that happened, of which type, how sure.

- :mod:`.classify` — the rule typing: cue words and who does what give each label a score;
- :mod:`.plover` — PLOVER types and modes;
- :mod:`.encoder` — the frozen sentence encoder (USE multilingual v3, numpy), loaded once;
- :mod:`.model` — the learned head on encoder and rule features: no event, which of the 30
  labels, did it happen, background or ordinary crime; trained by ``training/train_detector.py``;
- :mod:`.detect` — :class:`Detector`, which the pipeline calls: candidate sentences, clauses,
  the rules' readings, and the model's calibrated confidence on each;
- :mod:`.contacts` — a diplomatic contact read from the parse: who met or spoke with whom;
- :mod:`.gatherings` — a public gathering with a demand read from the parse: who gathered, why;
- :mod:`.responsibility` — a claim of responsibility or an attribution read from the parse;
- :mod:`.agreements` — a ceasefire, truce or peace deal made, read from the parse;
- :mod:`.disasters` — a natural or man-made disaster that hit people or places, from the parse;
- :mod:`.arrests` — an arrest in a political or armed conflict, read from the parse;
- :mod:`.targeted` — a person in public life killed or wounded, read from the parse;
- :mod:`.battles` — an armed group's assault on the state's forces, read from the parse;
- :mod:`.devices` — an explosive device found or defused before it went off, from the parse;
- :mod:`.airstrikes` — military aircraft striking a target, read from the parse;
- :mod:`.overrides` — where the rules are precise, they stand over the model;
- :mod:`.reference` — whether an event noun refers back to a told happening ("the attack");
- :mod:`.protests` — arrests in an article reporting a protest are its intervention;
- :mod:`.tolls` — a man-made disaster is in scope by its article's toll;
- :mod:`.roles` — the label checked against the actors' categories once they are read (an
  attack on state forces by armed men is a battle).
"""

from .detect import Detector

__all__ = ["Detector"]
