"""The member papers of Asia News Network: their names as credits write them, and their sites."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["NETWORK", "PAPERS", "Paper"]

#: The network's name, as :attr:`Document.source` gives it.
NETWORK = "Asia News Network"


class Paper(NamedTuple):
    """A member paper: its name, the other names credits give it, and its web domains."""

    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


PAPERS: tuple[Paper, ...] = (
    Paper("The Japan News", ("Japan News", "The Japan News/Yomiuri", "Yomiuri Shimbun"),
          ("japannews.yomiuri.co.jp",)),
    Paper("The Star", ("The Star Malaysia", "The Star Online"), ("thestar.com.my",)),
    Paper("Philippine Daily Inquirer", ("Inquirer", "Inquirer.net"), ("inquirer.net",)),
    Paper("The Jakarta Post", ("Jakarta Post",), ("thejakartapost.com",)),
    Paper("The Korea Herald", ("Korea Herald",), ("koreaherald.com",)),
    Paper("The Straits Times", ("Straits Times",), ("straitstimes.com",)),
    Paper("The Daily Star", ("Daily Star",), ("thedailystar.net",)),
    Paper("The Kathmandu Post", ("Kathmandu Post",), ("kathmandupost.com",)),
    Paper("Vietnam News", ("Viet Nam News", "Việt Nam News", "VNS"), ("vietnamnews.vn",)),
    Paper("China Daily", ("China Daily Asia",), ("chinadaily.com.cn", "chinadailyasia.com")),
    Paper("The Nation", ("The Nation Thailand", "Nation Thailand"), ("nationthailand.com",)),
    Paper("Dawn", (), ("dawn.com",)),
    Paper("The Statesman", (), ("thestatesman.com",)),
    Paper("The Island", (), ("island.lk",)),
    Paper("Kuensel", (), ("kuenselonline.com",)),
    Paper("The Phnom Penh Post", ("Phnom Penh Post",), ("phnompenhpost.com",)),
    Paper("Vientiane Times", (), ("vientianetimes.org.la",)),
    Paper("Eleven Media", ("Eleven Myanmar", "Eleven"), ("elevenmyanmar.com",)),
    Paper("Gogo Mongolia", ("Gogo",), ("mongolia.gogo.mn",)),
    Paper("Borneo Bulletin", (), ("borneobulletin.com.bn",)),
    Paper("Sin Chew Daily", ("Sin Chew",), ("sinchew.com.my",)),
    Paper("Rasmei Kampuchea", (), ("rasmeinews.com",)),
    Paper("The Daily Mirror", ("Daily Mirror",), ("dailymirror.lk",)),
)  # fmt: skip
