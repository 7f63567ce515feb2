"""Invented news stories for the live-mode tests (no sentence comes from a real article)."""

from __future__ import annotations

TRADE = [
    "Kenya signed a trade agreement with Tanzania in Nairobi on Monday, officials of both governments said.",
    "The accord lowers tariffs on maize, cement and fertiliser crossing the border at Namanga and Taveta, "
    "and it sets up a joint committee that will meet every quarter to settle disputes between traders.",
    "Kenyan trade officials said lorry drivers had waited up to four days at the crossing last year, and "
    "that the new rules would cut the checks to a single inspection shared by customs officers of both "
    "countries.",
    "Farmers groups in the Rift Valley welcomed the deal but asked the government to publish the list of "
    "goods covered before the planting season starts in March.",
]
PROTEST = [
    "Police in Peru arrested dozens of protesters in Lima on Sunday after demonstrators blocked a highway "
    "leading to the port of Callao.",
    "The protesters demanded higher wages for dock workers and an end to night shifts without overtime "
    "pay, according to the union that organised the march through the centre of the capital.",
    "Officers used tear gas to clear the road in the early afternoon, and traffic returned to normal by the "
    "evening, a police spokesman told reporters outside the station.",
]
MISSILE = [
    "Germany condemned the missile test carried out by North Korea on Tuesday, the foreign ministry in "
    "Berlin said in a statement.",
    "The statement called the launch a clear breach of United Nations resolutions and urged Pyongyang to "
    "return to talks with its neighbours without conditions.",
    "Japan said the missile fell into the sea outside its economic zone and caused no damage to ships or "
    "aircraft in the area, according to its defence ministry.",
]
FLOOD = [
    "Bangladesh asked India for help after floods cut off villages in the north of the country on "
    "Wednesday, the disaster ministry in Dhaka said.",
    "Rescue teams reached several districts by boat and handed out rice, drinking water and tarpaulins to "
    "families who had left their homes during the night as the river rose.",
    "Meteorologists warned that more rain was expected over the weekend and that the embankments along the "
    "river would need to be watched closely by local officials.",
]


def copied(paragraphs: list[str]) -> list[str]:
    """The same story as another outlet runs it: its own first line and footer around the same body."""
    return ["From our correspondents in East Africa.", *paragraphs, "Reporting by our regional desk."]
