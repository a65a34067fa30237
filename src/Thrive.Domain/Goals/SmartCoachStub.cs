namespace Thrive.Domain.Goals;

// TEMPORARY: replaced by the real coach from the smart-coach branch before merging.
public static class SmartCoach
{
    public static SmartAssessment Assess(SmartInput input, SmartContext context)
    {
        var c = new SmartCriterion(SmartVerdict.Weak, [], []);
        return new SmartAssessment(c, c, c, c, c);
    }
}
