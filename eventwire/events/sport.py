"""The words of a game, in one home: a sentence that names two of them is about sport
(:func:`.nonevents.sport_only`), and a crowd named by what its people do that protests in a
sentence naming one is a team's ("the players protested after the referee awarded a penalty":
:mod:`.gatherings`)."""

SPORT_WORDS = frozenset("""
match matches half halftime scored scores goal goals win won beat beaten season coach points
innings wicket wickets tries league cup final semi-final quarter-final striker midfielder
winger forward defender goalkeeper keeper fixture fixtures squad derby kickoff kick-off penalty
penalties touchdown quarterback inning pitcher batsman bowler bowled rugby football soccer
cricket basketball netball hockey tournament championship premiership playoff playoffs
referee referees umpire umpires
""".split())
