namespace Avance.Features.Indicators;

public enum DisaggregationDimension { Sex, AgeGroup, State, Municipality, Institution }
