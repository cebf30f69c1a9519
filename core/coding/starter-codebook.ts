import type { CreateCodeInput } from './create-code';

/**
 * The codebook a new project starts with: four broad codes for studies of city-to-city and
 * sub-national cooperation (sister cities, paradiplomacy). Researchers rename, split or delete them.
 */
export function starterCodebook(): CreateCodeInput[] {
  return [
    {
      name: 'identity',
      color: '#4363d8',
      definition:
        'How an actor describes who it is or who its partner is: the city, region or community presenting itself, its history, character or standing.',
      inclusion:
        'Self-descriptions and descriptions of the partner (“a port city with a trading past”, “our friends in Kyoto”); claims of shared roots, kinship or likeness; statements of what the partnership says about the city.',
      exclusion:
        'Rules or expectations about how partners ought to behave (code as norm); customs, language, food or art as such (code as culture).',
      example:
        '“As a city of migrants, Surabaya sees in Liverpool a sister with the same open harbour spirit.”',
    },
    {
      name: 'norm',
      color: '#3cb44b',
      definition:
        'Rules, principles and expectations that guide or justify the cooperation: what partners should do, may do or must not do.',
      inclusion:
        'Appeals to reciprocity, mutual benefit, equality, sustainability or peace; references to national law, central-government approval, agreements (MoU, LoI) and their terms; statements of obligation.',
      exclusion:
        'Descriptions of what actually went wrong (code as obstacle); self-images without a rule or expectation (code as identity).',
      example:
        '“Every programme under the agreement must benefit both cities equally and be reported to the Ministry of Foreign Affairs.”',
    },
    {
      name: 'culture',
      color: '#f58231',
      definition:
        'Cultural practices, exchanges and content that the cooperation involves or depends on: language, arts, festivals, education, religion, food and everyday customs.',
      inclusion:
        'Cultural exchange programmes, student and youth visits, festivals, performances, language learning, and remarks about cultural similarity or difference as part of the relationship.',
      exclusion:
        'Cultural difference described as a barrier that stalls the work (code as obstacle as well, and as culture only if the content itself is described).',
      example:
        '“The gamelan ensemble performed at the Freiburg summer festival, and twenty students stayed with host families for a month.”',
    },
    {
      name: 'obstacle',
      color: '#e6194b',
      definition:
        'Anything reported as hindering, delaying or ending the cooperation, and how actors respond to it.',
      inclusion:
        'Lack of budget or staff, bureaucratic approval, changes of mayor or priorities, distance and travel cost, language barriers in practice, unclear responsibilities, agreements that lapse without activity.',
      exclusion:
        'Rules stated without any problem following from them (code as norm); neutral descriptions of procedure.',
      example:
        '“After the election the new council froze the travel budget, and the agreement has been dormant since 2019.”',
    },
  ];
}
