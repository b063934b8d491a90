"""Small stop-word sets, one per language, for telling prose from page furniture.

Prose is full of function words; menus, link lists and credits hardly have any. The sets are
short on purpose (the most frequent function words of each language): the cleaner measures a
line's density of them relative to the text's own prose, so a set needs to be typical, not
complete. Languages written without spaces are handled by the cleaner without a set.
"""

from __future__ import annotations

__all__ = ["STOPWORDS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Stop words by ISO 639-1 language code.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        """a about after against all also an and any are as at be because been before being
        between both but by can could did do does during each for from had has have he her
        here hers him his how i if in into is it its itself just more most my no nor not of
        off on once only or other our out over own said same she should so some such than that
        the their them then there these they this those through to too under until up very
        was we were what when where which while who whom why will with would you your"""
    ),
    "fr": _words(
        """a au aux avec avait ce ces cette comme dans de des du elle en est et été être il ils
        je la le les leur lui mais même ne nous on ont ou par pas plus pour qu que qui sa sans
        se ses son sont sur un une vous y à était aussi entre après"""
    ),
    "de": _words(
        """aber als am an auch auf aus bei bis das dass dem den der des die doch durch ein eine
        einem einen einer es für hat hatte ich ihr im in ist kann mit nach nicht noch nur oder
        sein sich sie sind so um und uns von vor war wie wir wird wurde zu zum zur über"""
    ),
    "es": _words(
        """a al como con de del el en entre es esta este fue ha hay la las le lo los más no
        o para pero por que se sin sobre su sus también un una y ya ser son está han desde
        cuando"""
    ),
    "pt": _words(
        """a ao aos as com como da das de do dos e ela ele em entre era foi há isso mais mas
        na nas no nos não o os ou para pela pelo por que se sem ser seu sua são também um uma
        à já está"""
    ),
    "it": _words(
        """a al alla anche che con da dal del della dei di e è gli ha i il in la le lo ma ne
        nel nella non per più si sono su sua suo tra un una essere stato come questo"""
    ),
    "nl": _words(
        """aan al als bij dan dat de die dit door een en er heeft het hij hoe ik in is je kan
        maar met na naar niet nog of om ook op over te tot uit van voor was wat werd wordt ze
        zijn zich"""
    ),
    "id": _words(
        """ada adalah akan atau bahwa dalam dan dari dengan di ini itu juga ke kepada karena
        lebih oleh pada para sebagai sudah telah tersebut tidak untuk yang bisa mereka kami"""
    ),
    "vi": _words(
        """các cho có của cũng đã để đó được khi không là lại một những này người như nhiều
        ra rằng sẽ theo thì trên trong từ và với về vào năm này"""
    ),
    "tr": _words(
        """bir bu da de daha gibi ile için ise kadar ki mi ne o olan olarak ve veya çok şu en
        sonra göre"""
    ),
    "ru": _words(
        """а без в во все вы да для до его ее если же за и из или к как ко когда ли мы на не
        но о об он она они от по при с со так также то что это был была были"""
    ),
    "sv": _words(
        """att av de den det en ett för har i inte med men och om på som till var vi är kan
        från sig efter"""
    ),
}
