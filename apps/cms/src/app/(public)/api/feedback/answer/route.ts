export { feedbackEndpoint as POST } from '../../../../../feedback/endpoint'
