namespace Avance.Domain;

public enum OrganisationKind { GovernmentAgency, UnEntity, Donor, CivilSociety, Other }

/// <summary>Whether a document says something happened; "not stated" is different from "no".</summary>
public enum Involvement { NotStated, No, Yes, Partly }
