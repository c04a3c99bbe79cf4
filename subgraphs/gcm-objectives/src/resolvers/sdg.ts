import type {
  FundProjectResolvers, ObjectiveSdgTargetResolvers, SdgGoalResolvers, SdgTargetResolvers,
} from '../generated/resolvers-types.js';
import type { ObjectiveSdgTargetModel } from '../data/models.js';

export const SdgGoal: SdgGoalResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.sdgGoal.load(ref.number),
  title: (goal, { language }) => goal.title[language ?? 'EN'],
  shortTitle: (goal, { language }) => goal.shortTitle[language ?? 'EN'],
  targets: (goal, _, { data }) => data.loaders.sdgTargetsByGoal.load(goal.number),
};

export const SdgTarget: SdgTargetResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.sdgTarget.load(ref.code),
  title: (target, { language }) => target.title[language ?? 'EN'],
  goal: async (target, _, { data }) => (await data.loaders.sdgGoal.load(target.goalNumber))!,
  objectives: (target, _, { data }) => data.loaders.sdgLinksByTarget.load(target.code),
};

export const ObjectiveSdgTarget: ObjectiveSdgTargetResolvers = {
  objective: async (link, _, { data }) => (await data.loaders.objective.load(link.objectiveNumber))!,
  target: async (link, _, { data }) => (await data.loaders.sdgTarget.load(link.targetCode))!,
};

const agendaOrder = (a: ObjectiveSdgTargetModel, b: ObjectiveSdgTargetModel) =>
  a.goalNumber - b.goalNumber || a.position - b.position || a.objectiveNumber - b.objectiveNumber;

export const FundProject: FundProjectResolvers = {
  // Nothing to load: the gateway sends the id and the objectives `sdgTargets` requires.
  __resolveReference: (ref) => ref,
  sdgTargets: async (project, _, { data }) => {
    if (!project.objectives) return null;
    const numbers = [...new Set(project.objectives.map((o) => o.number))];
    return (await data.loaders.sdgLinksByObjective.loadMany(numbers)).flatMap((links) => {
      if (links instanceof Error) throw links;
      return links;
    }).sort(agendaOrder);
  },
};
