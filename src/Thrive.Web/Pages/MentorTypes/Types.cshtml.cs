namespace Thrive.Web.Pages.MentorTypes;

/// <summary>The eight mentor types described, each with an anchor a badge links to; nothing to load.</summary>
public sealed class TypesModel : ThrivePageModel;
