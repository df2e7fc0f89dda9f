"""Plain-text tables: a header, right-aligned numbers, French decimal comma avoided for pipes."""


def format_nombre(valeur) -> str:
    if isinstance(valeur, str):
        return valeur
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if float(valeur).is_integer() and abs(valeur) >= 1000 * 1000:
        return f"{valeur:.0f}"
    return f"{valeur:.2f}"


def tableau(entetes: list, lignes: list) -> str:
    cellules = [[str(e) for e in entetes]] + [[format_nombre(v) for v in ligne] for ligne in lignes]
    largeurs = [max(len(ligne[i]) for ligne in cellules) for i in range(len(entetes))]

    def rendre(ligne):
        premier = ligne[0].ljust(largeurs[0])
        reste = [cellule.rjust(largeur) for cellule, largeur in zip(ligne[1:], largeurs[1:], strict=True)]
        return "  ".join([premier, *reste]).rstrip()

    separation = "  ".join("-" * largeur for largeur in largeurs)
    return "\n".join([rendre(cellules[0]), separation, *(rendre(ligne) for ligne in cellules[1:])])
