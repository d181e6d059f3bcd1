"""A claim's attribution chain as a W3C PROV document (https://www.w3.org/Submission/prov-json/)."""

from prov.model import PROV_LABEL, PROV_TYPE, PROV_VALUE, ProvAgent, ProvDocument

from claims.models import Actor, Claim

# Relays that carry the words on unchanged are quotations; the others are derivations.
QUOTING = {"quoted", "relayed"}


class ProvenanceBuilder:
    """Build one claim's PROV document: statements attributed to actors, each quoting or derived from the last."""

    def __init__(self, base_url: str):
        self.doc = ProvDocument()
        self.doc.add_namespace("cft", base_url)
        self.doc.add_namespace("schema", "https://schema.org/")
        self.actors: dict[int, Actor] = {}
        self.agents: dict[int, ProvAgent] = {}

    def agent(self, actor: Actor) -> ProvAgent:
        if actor.pk not in self.agents:
            self.actors[actor.pk] = actor
            self.agents[actor.pk] = self.doc.agent(
                f"cft:actor_{actor.pk}", {PROV_LABEL: actor.name, PROV_TYPE: f"schema:{actor.kind}"}
            )
        return self.agents[actor.pk]

    def build(self, claim: Claim) -> ProvDocument:
        """Return the document. Queries the actors the chain's actors speak for, one level at a time."""
        doc, previous = self.doc, None
        for hop in claim.chain.all():
            statement = doc.entity(
                f"cft:statement_{claim.pk}_{hop.position}",
                {PROV_LABEL: f"{hop.actor.name} {hop.relation}", PROV_VALUE: hop.words or claim.phrase},
            )
            doc.wasAttributedTo(statement, self.agent(hop.actor))
            if previous is not None:
                relate = doc.wasQuotedFrom if hop.relation in QUOTING else doc.wasDerivedFrom
                relate(statement, previous)
            if hop.source is not None:
                document = doc.entity(
                    f"cft:source_{hop.source.pk}",
                    {PROV_LABEL: hop.source.title, "schema:url": hop.source.url},
                )
                doc.wasAttributedTo(document, self.agent(hop.source.publisher))
                doc.wasDerivedFrom(document, statement)
            previous = statement

        record = doc.entity(
            f"cft:claim_{claim.pk}",
            {PROV_LABEL: claim.phrase, PROV_VALUE: claim.figure_text(with_sides=False)},
        )
        if previous is not None:
            doc.wasDerivedFrom(record, previous)
        if claim.originator is not None:
            doc.wasAttributedTo(record, self.agent(claim.originator))
        self.add_principals()
        return doc

    def add_principals(self) -> None:
        """Add who speaks for whom, up to each actor's root."""
        while missing := {a.acts_on_behalf_of_id for a in self.actors.values()} - self.actors.keys() - {None}:
            for actor in Actor.objects.filter(pk__in=missing):
                self.agent(actor)
        for actor in list(self.actors.values()):
            if actor.acts_on_behalf_of_id:
                self.doc.actedOnBehalfOf(self.agents[actor.pk], self.agents[actor.acts_on_behalf_of_id])


def provenance_document(claim: Claim, base_url: str) -> ProvDocument:
    return ProvenanceBuilder(base_url).build(claim)
