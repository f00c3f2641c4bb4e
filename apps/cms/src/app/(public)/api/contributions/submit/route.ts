export { contributionEndpoint as POST } from '../../../../../contributions/endpoint'
