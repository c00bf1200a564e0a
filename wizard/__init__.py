"""The Family Intervention Planner wizard: flow, state, forms and the plan document."""
