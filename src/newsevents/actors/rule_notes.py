"""What each phrase rule of ``phrases.RULES`` does, with an example: the rule catalogue's text for the
actor rules (coding/arguments.py declares them). Kept here as data rather than read from the rules'
docstrings, which the compiled build (mypyc, README "Compiled build") drops; tests/actors/test_phrases.py
checks that each still says what its rule's docstring says."""

from __future__ import annotations

__all__ = ["NOTES"]

# Rule name -> its description, one line (the docstring, whitespace collapsed).
NOTES: dict[str, str] = {
    "dateline": (
        'A dateline names where the report was filed, not who acted: "OSLO, May 3 (Wire) - Norway ..." ->'
        ' "OSLO" is nobody.'
    ),
    "place-adverb": (
        '"there"/"here" is the country last named: "The envoy flew to Quito and stayed there." -> ECU.'
    ),
    "definite-pair": (
        'A definite pair is the last two actors named: "Chile and Peru met; both neighbours ..." -> CHL, '
        'PER; "the former"/"the latter" is one of them.'
    ),
    "pronoun": (
        'A pronoun is its antecedent: "Peru said it would reply." -> "it" is PER; "they" after two '
        "parties is both."
    ),
    "two-named-people": (
        'Two dictionary actors joined by "and" in one phrase are two actors: "Presidents Obama and Putin".'
    ),
    "listed-owners": (
        "One actor per party listed in the head's \"of\" phrase, when the head is an agent noun (a role) or "
        "a plural noun that no name covers and the list names two or more parties, a dictionary entry among "
        "them."
    ),
    "listed-origins": (
        'One actor per party listed in the "from" phrase of a plural noun of things, when the list names '
        'two or more parties, a dictionary entry among them: "imports from Peru, the EU and Chile".'
    ),
    "apposed-nationality": (
        "A person the dictionary lacks, whose apposition gives a nationality and names the body they serve,"
        ' is of that nationality: "Ana Ruiz, a Chilean employee of the World Bank" -> CHL.'
    ),
    "outlet-staff": (
        'A reporter named by a national outlet and no country of their own: "a CNN correspondent" -> '
        'USAMED; None otherwise (the outlet itself, "the BBC", stays the non-state body).'
    ),
    "named-actor": (
        'A named actor, the one containing the head else the nearest: "Chilean President Michelle Bachelet".'
    ),
    "defined-acronym": (
        'A bare acronym ("the AMF") defined earlier in brackets after a name: the actors that name'
        " gives, read as the acronym's own text."
    ),
    "owned-body": (
        'A body its own words name only by its owner is the owner: "Oman reported that its air defences'
        ' downed a drone" -> Oman; "the premier\'s office said" -> the premier\'s government.'
    ),
    "definite-description": (
        'A definite description refers back to the actor named with the same noun: "Special envoy Ana '
        'Ruiz arrived ... The envoy said" -> Ruiz; "the Tamil Tigers ... the rebels" -> the Tigers.'
    ),
    "body-referent": (
        'A body of states referred back by its capitalised noun alone: "The Security Council adopted ... The'
        ' Council demands" -> the Security Council; "the Arab League ... The League" -> the Arab League.'
    ),
    "group-referent": (
        '"the group", "the crew", "the ships" with no words of its own: the last plural group named '
        "before it (in its sentence, not as its own verb's subject, or in the few before), with the "
        'country its phrase gives it ("Twelve Bolivian truck drivers ... police arrested the group" -> '
        "BOL)."
    ),
    "organisation": (
        'An unlisted organisation is non-state ("the Andean Fisheries Forum" -> NGO), of a home dateline.'
    ),
    "coreferent-country": (
        'A phrase that refers back to a country: "Chile protested. The republic recalled ..." -> CHL.'
    ),
    "settlers": (
        'Settlers placed in a territory another state settles: "a settler in the West Bank" -> ISRCVL.'
    ),
    "ethnic-group": (
        'A people named for one state acts in the state it lives in: "ethnic Hungarians rallied in '
        'Bratislava" -> SVK; "leaders of Latvia\'s ethnic Russian parties" -> LVA (a state the phrase '
        'names without "ethnic" is the one they live in).'
    ),
    "bloc-group": (
        'An agent qualified by a bloc, not a state, is of no single country: "European leaders", "Western'
        ' diplomats", "foreign envoys" -> GOV with no country (never the country named next to them); a'
        ' region\'s states or governments ("Gulf states", "African countries") are a named group of states'
        " that acts."
    ),
    "hosted-facility": (
        'The facility as the host country\'s ("in/from X" on its own phrase), when that differs from every'
        " country its words name; None otherwise."
    ),
    "country-modifier": (
        'Each country a phrase names is an actor, with the head\'s role: "Chilean and Peruvian envoys" -> '
        "CHLGOV, PERGOV."
    ),
    "earlier-agents": (
        "A definite plural agent its own words do not place is the group named before with its noun: "
        '"Gunmen seized 20 Chinese workers. ... Beijing urged Abuja to free the workers" -> CHN.'
    ),
    "conjunct-party": (
        'The party of the first conjunct when ``p`` is a later conjunct of the same role ("warplanes and '
        'missiles"), or a bare one right after a thing\'s ("French homes and schools"), naming no party of '
        "its own and the first names exactly one, a state or an organisation."
    ),
    "agent-in-context": (
        "A generic agent belongs to the country its phrase or sentence places it in, or its possessor's: "
        '"Protesters in Lima" -> PEROPP; "Peru recalled its diplomats" -> PERGOV.'
    ),
    "unplaced-specialists": (
        'The party of an unnamed group of specialists its own words do not name: "investigators in Lima" '
        '-> PER, "the IAEA ... inspectors" -> the IAEA, "international monitors" -> IGO; None otherwise.'
    ),
}
